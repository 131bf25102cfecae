#include "InlineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace gl {

InlineBanner::InlineBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void InlineBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    QColor background;
    QColor foreground;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString prefix;
    switch (kind) {
    case Kind::Information:
        background = QColor(0xdd, 0xeb, 0xf7);
        foreground = QColor(0x0b, 0x35, 0x5c);
        prefix = tr("Note:");
        break;
    case Kind::Positive:
        background = QColor(0xd6, 0xf0, 0xdc);
        foreground = QColor(0x14, 0x5a, 0x2a);
        prefix = tr("Done:");
        break;
    case Kind::Warning:
        background = QColor(0xff, 0xef, 0xc2);
        foreground = QColor(0x5c, 0x3d, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        prefix = tr("Warning:");
        break;
    case Kind::Error:
        background = QColor(0xf8, 0xd7, 0xda);
        foreground = QColor(0x72, 0x1c, 0x24);
        icon = QStyle::SP_MessageBoxCritical;
        prefix = tr("Error:");
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    p.setColor(QPalette::ButtonText, foreground);
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(prefix + QLatin1Char(' ') + text);
    setAccessibleName(m_text->text());
    show();
}

QString InlineBanner::text() const
{
    return m_text->text();
}

} // namespace gl
