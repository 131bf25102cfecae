#pragma once
// The seam every modal question goes through (file choosers, message boxes, the status reason),
// so tests can answer them without a dialog appearing (KeePassXC's MessageBox / FileDialog idea).

#include "domain/DecisionRecord.h"
#include "domain/ItemStatus.h"
#include "domain/Run.h"
#include "domain/SignOff.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace gl {

// A link to attach as evidence: an http or https URL and a title people read it by.
struct EvidenceLink {
    QString url;
    QString title;
};

struct StatusReason {
    QString reason;
    QDate expiry;             // only for Waived
};

// What a person is asked to approve before imported commands run: exactly what will run, where,
// and with which env file.
struct CommandApproval {
    struct Entry {
        QString title;
        QStringList commands;     // as they will run; a probe as "GET https://..."
        QStringList shellReasons; // per command: why it runs through /bin/sh -c, empty when it does not
    };
    QList<Entry> entries;
    QString workingFolder;
    QString envFile;              // empty: none
};

// Who signs, with what meaning, and the passphrase that unlocks their key (issue 5).
struct SignOffQuestion {
    QString releaseName;
    QString snapshotSha256; // the state being signed, shown so the signer knows what they sign
    struct Person {
        QString name;
        QStringList roles;
        bool hasKey = false;
    };
    QList<Person> people;
    QStringList requiredRoles; // still missing, offered first
};
struct SignOffAnswer {
    QString name;
    QString role; // empty: their first role the release still needs
    SignOffMeaning meaning = SignOffMeaning::Reviewed;
    QString comment;
    QByteArray passphrase; // UTF-8; the caller wipes it
};

// A person who signs off releases, with the passphrase their new signing key is sealed under
// (asked twice by the dialog, at least KeyRing::minimumPassphraseLength characters).
struct StakeholderAnswer {
    QString name;
    QString role;
    QString email;
    QByteArray passphrase; // UTF-8; the caller wipes it
};
// A role whose sign-off the release requires, and from how many people (0 removes it).
struct RequirementAnswer {
    QString role;
    int count = 1;
};

// What the release manager decides, shown beside the matrix's suggestion (issue 5).
struct DecisionQuestion {
    QString releaseName;
    Decision suggested = Decision::NoGo;
    QString rule; // why the matrix suggests it
    QStringList reasons; // what keeps it from a better decision
    bool signOffsSatisfied = true;
    QStringList missingSignOffs; // "QA: 1 more", and stale or invalid sign-offs
    QDate today;
};

// Where a new release starts (issue 6): a bundled template, or a copy of an earlier release.
struct NewReleaseQuestion {
    struct Source {
        QString key; // a template's resource path, or a release id
        QString title;
        QString description;
    };
    QList<Source> templates;
    QList<Source> releases;
};
struct NewReleaseAnswer {
    bool copy = false; // key names a release to copy, else a template
    QString key;
    QString name;
};

class Prompter {
public:
    enum class Severity { Information, Warning, Error };

    virtual ~Prompter();

    // An existing file to open, or (mayCreate) a file that may not exist yet. Empty when cancelled.
    virtual QString fileName(QWidget *parent, const QString &caption, const QString &directory,
                             const QString &filter, bool mayCreate = false) = 0;
    // Several existing files (evidence to attach). Empty when cancelled.
    virtual QStringList fileNames(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter) = 0;
    // The index of the chosen button in buttons, -1 when dismissed.
    virtual int choose(QWidget *parent, Severity severity, const QString &title, const QString &text,
                       const QStringList &buttons) = 0;
    // Why an item gets a status that needs explaining (Waived also needs an expiry). nullopt: cancelled.
    virtual std::optional<StatusReason> statusReason(QWidget *parent, ItemStatus status,
                                                     const QString &itemTitle, const StatusReason &current) = 0;

    // True when the person approves exactly these commands.
    virtual bool approveCommands(QWidget *parent, const CommandApproval &approval) = 0;
    // A link to attach as evidence (only http and https are accepted); nullopt: cancelled.
    virtual std::optional<EvidenceLink> link(QWidget *parent) = 0;
    // A plain note to attach as evidence; nullopt: cancelled.
    virtual std::optional<QString> note(QWidget *parent) = 0;
    // The release's run settings as edited; nullopt: cancelled.
    virtual std::optional<RunSettings> runSettings(QWidget *parent, const QString &releaseName,
                                                   const RunSettings &current) = 0;

    // A stakeholder's sign-off of the release as it is now; nullopt: cancelled.
    virtual std::optional<SignOffAnswer> signOff(QWidget *parent, const SignOffQuestion &question) = 0;
    // The decision to record; nullopt: cancelled.
    virtual std::optional<DecisionRequest> decision(QWidget *parent, const DecisionQuestion &question) = 0;
    // A line or paragraph of text the action needs (why a release is reopened); nullopt: cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        const QString &initial = QString()) = 0;

    // Where a new release starts and its name; nullopt: cancelled.
    virtual std::optional<NewReleaseAnswer> newRelease(QWidget *parent, const NewReleaseQuestion &question) = 0;
    // A new stakeholder and the passphrase of their key; knownRoles are offered. nullopt: cancelled.
    virtual std::optional<StakeholderAnswer> stakeholder(QWidget *parent, const QStringList &knownRoles) = 0;
    // A sign-off the release requires; roles are offered. nullopt: cancelled.
    virtual std::optional<RequirementAnswer> requirement(QWidget *parent, const QString &releaseName,
                                                         const QStringList &roles) = 0;

    // The prompter in use: the real dialogs unless a test installed its own.
    static Prompter &current();
    // Not owned; nullptr goes back to the real dialogs.
    static void setCurrent(Prompter *prompter);
    // An absolute http or https URL with a host: the only links evidence may hold.
    static bool isWebLink(const QString &url);
    // Statuses that ask for a reason when chosen.
    static bool needsReason(ItemStatus status);
};

} // namespace gl
