// Build tool: renders the scalable application icon into the PNG sizes of the hicolor theme, so the
// package's bitmaps always match the SVG. Usage: greenlight_iconrender ICON.svg OUT_DIR NAME SIZE...
// writes OUT_DIR/SIZExSIZE/apps/NAME.png for each size.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 5) {
        err << "usage: greenlight_iconrender ICON.svg OUT_DIR NAME SIZE...\n";
        return 2;
    }
    const QString svg = args.at(1);
    const QDir out(args.at(2));
    const QString name = args.at(3);
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "greenlight_iconrender: size '" << args.at(i) << "' is not a number from 8 to 1024\n";
            return 2;
        }
        QImageReader reader(svg, "svg");
        reader.setScaledSize(QSize(size, size));
        QImage image = reader.read();
        if (image.isNull()) {
            err << "greenlight_iconrender: " << svg << ": " << reader.errorString() << '\n';
            return 1;
        }
        image = image.convertToFormat(QImage::Format_ARGB32);
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        const QString file = out.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!out.mkpath(dir) || !image.save(file, "PNG")) {
            err << "greenlight_iconrender: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
