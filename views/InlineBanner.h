#pragma once
// A message shown inside the window instead of a modal box (KMessageWidget's idea): an error,
// a warning or a note, with a close button; the words carry the meaning, the colour follows them.

#include <QFrame>

class QLabel;
class QToolButton;

namespace gl {

class InlineBanner final : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit InlineBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace gl
