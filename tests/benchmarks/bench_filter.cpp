// Filtering the checklist: a gate of 100,000 items (1,000 groups of 100) filtered by text in
// ChecklistTreeModel, then every row walked as an expanded tree asks for them, against a plain scan
// of the same rows with QString::contains over the same fields. Target: within 3x the scan.
// For reference (no target), QSortFilterProxyModel's fixed-string filter over the title column.

#include "BenchReport.h"
#include "itemmodels/ChecklistTreeModel.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

using namespace gl;

namespace {

constexpr int groups = 1000;
constexpr int perGroup = 100;

Release bigRelease()
{
    Release r;
    r.name = QStringLiteral("Filter bench");
    Gate gate;
    gate.title = QStringLiteral("Everything");
    const QStringList owners { QStringLiteral("QA"), QStringLiteral("Backend"), QStringLiteral("Ops") };
    for (int g = 0; g < groups; ++g) {
        Item group;
        group.title = QStringLiteral("Area %1").arg(g);
        for (int i = 0; i < perGroup; ++i) {
            const int n = g * perGroup + i;
            Item item;
            item.title = QStringLiteral("Check item %1 of the release").arg(n);
            item.details = QStringLiteral("Details for check %1, written as the checklist says them.").arg(n);
            item.passCriteria = QStringLiteral("Exit code 0 and no errors in the log");
            item.commands = { QStringLiteral("make check-%1").arg(n) };
            item.owners = { owners.at(n % owners.size()) };
            item.component = QStringLiteral("component-%1").arg(n % 17);
            item.blocker = n % 10 == 0;
            group.children.push_back(item);
        }
        gate.items.push_back(group);
    }
    r.gates.push_back(gate);
    return r;
}

// What a view of the expanded tree asks for: every row's children, all the way down.
int walk(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    int rows = model.rowCount(parent);
    int total = rows;
    for (int row = 0; row < rows; ++row)
        total += walk(model, model.index(row, 0, parent));
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(dir.filePath(QStringLiteral("bench.greenlight")));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    std::unique_ptr<Workspace> ws = std::move(opened).value();
    const Result<qint64> id = ws->createRelease(bigRelease());
    if (!id.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(id.message()));
        return 1;
    }
    ReleaseDocument document;
    document.setWorkspace(ws.get());
    if (!document.load(*id).ok())
        return 1;
    ChecklistTreeModel tree(&document);
    tree.setGate(document.release().gates.front().id);

    std::vector<const Item *> rows;
    for (const Item &group : document.release().gates.front().items) {
        rows.push_back(&group);
        for (const Item &item : group.children)
            rows.push_back(&item);
    }

    bool allMet = true;
    const struct {
        const char *name;
        QString needle;
    } cases[] = {
        { "filter_100k_items_rare_text", QStringLiteral("item 99999 of") },  // one row
        { "filter_100k_items_common_text", QStringLiteral("check ITEM") },   // every row
    };
    for (const auto &c : cases) {
        int scanned = 0;
        // The plain scan: the same text fields of the same rows, case-insensitive.
        const double baseline = bench::medianMs(7, [&] {
            scanned = 0;
            for (const Item *item : rows) {
                if (item->title.contains(c.needle, Qt::CaseInsensitive)
                    || item->details.contains(c.needle, Qt::CaseInsensitive)
                    || item->passCriteria.contains(c.needle, Qt::CaseInsensitive)
                    || item->note.contains(c.needle, Qt::CaseInsensitive)
                    || item->statusReason.contains(c.needle, Qt::CaseInsensitive)
                    || std::any_of(item->commands.cbegin(), item->commands.cend(),
                        [&](const QString &cmd) { return cmd.contains(c.needle, Qt::CaseInsensitive); }))
                    ++scanned;
            }
        });
        int shown = 0;
        const double ours = bench::medianMs(7, [&] {
            tree.setFilter(ItemFilter());
            ItemFilter filter;
            filter.text = c.needle;
            tree.setFilter(filter);
            shown = walk(tree);
        });
        if (shown == 0 || scanned == 0) {
            std::fprintf(stderr, "%s: nothing matched (scan %d, shown %d)\n", c.name, scanned, shown);
            return 1;
        }
        allMet &= bench::report(QString::fromLatin1(c.name), ours, QStringLiteral("ms"), baseline, 3.0,
            QStringLiteral("<= 3x a plain scan of the same rows"));
    }

    // Reference only: the stock fixed-string filter (through data() and QVariant, title column),
    // against a plain scan of the titles alone.
    QSortFilterProxyModel stock;
    stock.setSourceModel(&tree);
    stock.setRecursiveFilteringEnabled(true);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    tree.setFilter(ItemFilter());
    const QString needle = QStringLiteral("item 99999 of");
    const double stockMs = bench::medianMs(3, [&] {
        stock.setFilterFixedString(QString());
        stock.setFilterFixedString(needle);
        walk(stock);
    });
    int titles = 0;
    const double titleScan = bench::medianMs(7, [&] {
        titles = 0;
        for (const Item *item : rows)
            titles += item->title.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
    });
    bench::printLine(QStringLiteral("filter_100k_items_stock_proxy_reference"), stockMs, QStringLiteral("ms"), titleScan,
        titleScan > 0 ? stockMs / titleScan : 0, QStringLiteral("reference: QSortFilterProxyModel, titles only (no target)"),
        true);
    return allMet ? 0 : 1;
}
