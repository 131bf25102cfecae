#pragma once
// Answers the window's questions in GUI tests (file choosers, message boxes, status reasons, evidence
// links and notes) from a script, and remembers what was asked.

#include "Prompter.h"

#include <QList>
#include <QStringList>
#include <optional>

class ScriptedPrompter final : public gl::Prompter {
public:
    QStringList files;                          // answers to fileName(), in order; empty = cancel
    QList<int> choices;                         // answers to choose(), in order; none = -1
    std::optional<gl::StatusReason> reason;     // answer to statusReason()
    int filesAsked = 0;
    int choicesAsked = 0;
    int reasonsAsked = 0;
    bool approve = false;                       // answer to approveCommands()
    int approvalsAsked = 0;
    gl::CommandApproval lastApproval;
    std::optional<gl::RunSettings> settings;    // answer to runSettings()
    int settingsAsked = 0;
    QList<QStringList> fileLists;               // answers to fileNames(), in order; none = cancel
    int fileListsAsked = 0;
    std::optional<gl::EvidenceLink> linkAnswer; // answer to link()
    int linksAsked = 0;
    std::optional<QString> noteAnswer;          // answer to note()
    int notesAsked = 0;
    std::optional<gl::SignOffAnswer> signOffAnswer;   // answer to signOff()
    int signOffsAsked = 0;
    gl::SignOffQuestion lastSignOffQuestion;
    std::optional<gl::DecisionRequest> decisionAnswer; // answer to decision()
    int decisionsAsked = 0;
    gl::DecisionQuestion lastDecisionQuestion;
    std::optional<gl::NewReleaseAnswer> newReleaseAnswer; // answer to newRelease()
    gl::NewReleaseQuestion lastNewReleaseQuestion;
    std::optional<QString> textAnswer;                // answer to text()
    std::optional<gl::StakeholderAnswer> stakeholderAnswer;  // answer to stakeholder()
    std::optional<gl::RequirementAnswer> requirementAnswer;  // answer to requirement()
    QStringList lastRoles;
    QString lastInitial;                              // the text text() was opened with                            // offered by stakeholder() or requirement()
    int textsAsked = 0;
    QString lastCaption;                        // of the last file chooser
    QString lastDirectory;
    QString lastText;
    gl::ItemStatus lastStatus = gl::ItemStatus::NotStarted;

    QString fileName(QWidget *, const QString &caption, const QString &directory, const QString &, bool) override
    {
        ++filesAsked;
        lastCaption = caption;
        lastDirectory = directory;
        return files.isEmpty() ? QString() : files.takeFirst();
    }
    QStringList fileNames(QWidget *, const QString &caption, const QString &directory, const QString &) override
    {
        ++fileListsAsked;
        lastCaption = caption;
        lastDirectory = directory;
        return fileLists.isEmpty() ? QStringList() : fileLists.takeFirst();
    }
    std::optional<gl::SignOffAnswer> signOff(QWidget *, const gl::SignOffQuestion &question) override
    {
        ++signOffsAsked;
        lastSignOffQuestion = question;
        return signOffAnswer;
    }
    std::optional<gl::DecisionRequest> decision(QWidget *, const gl::DecisionQuestion &question) override
    {
        ++decisionsAsked;
        lastDecisionQuestion = question;
        return decisionAnswer;
    }
    std::optional<QString> text(QWidget *, const QString &, const QString &label, const QString &initial = QString()) override
    {
        lastInitial = initial;
        ++textsAsked;
        lastText = label;
        return textAnswer;
    }
    std::optional<gl::NewReleaseAnswer> newRelease(QWidget *, const gl::NewReleaseQuestion &question) override
    {
        lastNewReleaseQuestion = question;
        return newReleaseAnswer;
    }
    std::optional<gl::StakeholderAnswer> stakeholder(QWidget *, const QStringList &knownRoles) override
    {
        lastRoles = knownRoles;
        return stakeholderAnswer;
    }
    std::optional<gl::RequirementAnswer> requirement(QWidget *, const QString &, const QStringList &roles) override
    {
        lastRoles = roles;
        return requirementAnswer;
    }
    std::optional<gl::EvidenceLink> link(QWidget *) override
    {
        ++linksAsked;
        return linkAnswer;
    }
    std::optional<QString> note(QWidget *) override
    {
        ++notesAsked;
        return noteAnswer;
    }
    int choose(QWidget *, Severity, const QString &, const QString &text, const QStringList &) override
    {
        ++choicesAsked;
        lastText = text;
        return choices.isEmpty() ? -1 : choices.takeFirst();
    }
    std::optional<gl::StatusReason> statusReason(QWidget *, gl::ItemStatus status, const QString &,
                                                 const gl::StatusReason &) override
    {
        ++reasonsAsked;
        lastStatus = status;
        return reason;
    }
    bool approveCommands(QWidget *, const gl::CommandApproval &approval) override
    {
        ++approvalsAsked;
        lastApproval = approval;
        return approve;
    }
    std::optional<gl::RunSettings> runSettings(QWidget *, const QString &, const gl::RunSettings &) override
    {
        ++settingsAsked;
        return settings;
    }
};
