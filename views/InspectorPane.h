#pragma once
// Every field of the selected item, editable. Changes are applied together, as one undoable edit,
// when Apply is pressed or the focus leaves the pane.

#include "domain/Release.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace gl {

class ReleaseDocument;
class RunHistoryView;

class InspectorPane final : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPane(ReleaseDocument *document, QWidget *parent = nullptr);
    ~InspectorPane() override;

    // 0 clears the pane. Pending edits of the previous item are applied first.
    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    bool isDirty() const { return m_dirty; }

    // Writes the pending edits; true when there was nothing to write or the write succeeded.
    bool apply();
    void revert();

    RunHistoryView *runHistory() const { return m_runs; }
    QLabel *commandsInfoLabel() const { return m_commandsInfo; }

private:
    void load();
    Item edited() const;
    Item shownInWidgets() const;  // the fields as the widgets show them, normalised
    void markDirty();
    void updateEnabled();
    void focusChanged(QWidget *old, QWidget *now);
    QString commandsInfo(const Item &item) const;
    void showProbe(const std::optional<Probe> &probe);

    ReleaseDocument *m_document;
    qint64 m_itemId = 0;
    Item m_shownAtLoad;       // shownInWidgets() right after load(): what "changed" is measured against
    bool m_dirty = false;
    bool m_loading = false;

    QLabel *m_heading;
    QLineEdit *m_title;
    QPlainTextEdit *m_details;
    QPlainTextEdit *m_commands;
    QLabel *m_commandsInfo;       // shell use, probe, approval: how the commands will run
    RunHistoryView *m_runs;
    QSpinBox *m_expectedExit;     // pass rule: exit code of the last command
    QLineEdit *m_outputPattern;   // pass rule: regular expression over the output
    QComboBox *m_patternMode;     // must match / must not match
    QSpinBox *m_timeout;          // seconds, 0: the release's
    // An HTTP probe instead of commands: an empty address means none.
    QLineEdit *m_probeUrl;
    QComboBox *m_probeMethod;     // GET or HEAD
    QSpinBox *m_probeStatus;      // expected HTTP status
    QSpinBox *m_probeLatency;     // ms, 0: not checked
    QLineEdit *m_probeBody;       // text the body must contain; empty: not checked
    QSpinBox *m_probeTimeout;     // ms

    QPlainTextEdit *m_passCriteria;
    QPlainTextEdit *m_evidence;
    QCheckBox *m_evidenceRequired;    // what the item asks of its evidence (leaves only)
    QSpinBox *m_evidenceMaxAge;       // hours, 0: any age
    QCheckBox *m_evidenceNewer;       // newer than the item's last change
    QLineEdit *m_owners;
    QLineEdit *m_component;
    QLineEdit *m_ciJob;
    QCheckBox *m_blocker;
    QComboBox *m_status;
    QLineEdit *m_statusReason;
    QDateEdit *m_waiverExpiry;
    QPlainTextEdit *m_note;
    QLabel *m_updated;
    QLabel *m_hint;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QWidget *m_form;
};

} // namespace gl
