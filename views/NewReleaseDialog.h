#pragma once
// File > New Release (issue 6): start from a bundled template (production launch, hotfix, the
// staging demo) or from a copy of an earlier release (structure kept, statuses reset), and name it.

#include "Prompter.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gl {

class NewReleaseDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewReleaseDialog(const NewReleaseQuestion &question, QWidget *parent = nullptr);

    NewReleaseAnswer value() const;

private:
    void sourceChanged();

    QListWidget *m_sources;
    QLabel *m_description;
    QLineEdit *m_name;
    QPushButton *m_create;
    QString m_suggested; // the name last suggested, replaced while the person has not typed their own
};

} // namespace gl
