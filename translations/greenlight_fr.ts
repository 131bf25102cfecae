<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BlobStore</name>
    <message>
        <source>%1: the stored content %2 is damaged: %3.</source>
        <translation>%1&#xa0;: le contenu stocké %2 est endommagé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>storing content</source>
        <translation>stockage du contenu</translation>
    </message>
    <message>
        <source>Content was added after it was finished.</source>
        <translation>Du contenu a été ajouté après sa finalisation.</translation>
    </message>
    <message>
        <source>Content was finished without its hash.</source>
        <translation>Le contenu a été finalisé sans son empreinte.</translation>
    </message>
    <message>
        <source>Content hashed by its writer was finished with another hash.</source>
        <translation>Un contenu haché lors de son écriture a été finalisé avec une autre empreinte.</translation>
    </message>
    <message>
        <source>Content was finished twice.</source>
        <translation>Le contenu a été finalisé deux fois.</translation>
    </message>
    <message>
        <source>looking up stored content</source>
        <translation>recherche du contenu stocké</translation>
    </message>
    <message>
        <source>reading stored content</source>
        <translation>lecture du contenu stocké</translation>
    </message>
    <message>
        <source>There is no stored content with id %1 in %2.</source>
        <translation>Aucun contenu stocké avec l&apos;identifiant %1 dans %2.</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>le bloc %1 est manquant</translation>
    </message>
    <message>
        <source>%1 bytes were read where %2 were stored</source>
        <translation>%1 octets lus alors que %2 avaient été stockés</translation>
    </message>
    <message>
        <source>its SHA-256 is %1, %2 was stored</source>
        <translation>son SHA-256 est %1, alors que %2 a été stocké</translation>
    </message>
    <message>
        <source>A part of stored content needs an offset and a length of at least 0, not %1 and %2.</source>
        <translation>Une partie du contenu stocké exige un décalage et une longueur d&apos;au moins 0, et non %1 et %2.</translation>
    </message>
    <message>
        <source>chunk %1 holds %2 bytes where %3 were stored</source>
        <translation>le bloc %1 contient %2 octets alors que %3 ont été stockés</translation>
    </message>
    <message>
        <source>chunks %1 to %2 are missing</source>
        <translation>les blocs %1 à %2 sont manquants</translation>
    </message>
    <message>
        <source>Checking the stored content was cancelled.</source>
        <translation>La vérification du contenu stocké a été annulée.</translation>
    </message>
    <message>
        <source>chunk %1 does not belong to content of %2 bytes</source>
        <translation>le bloc %1 n&apos;appartient pas à un contenu de %2 octets</translation>
    </message>
    <message>
        <source>SHA-256 is %1, %2 was stored</source>
        <translation>le SHA-256 est %1, alors que %2 a été stocké</translation>
    </message>
    <message>
        <source>removing unused content</source>
        <translation>suppression du contenu inutilisé</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;archive de preuves %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Writing the bundle %1 was cancelled: no file was written.</source>
        <translation>L&apos;écriture de l&apos;archive de preuves %1 a été annulée&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ChecklistAssembler</name>
    <message>
        <source>A code block without a language reads as text, not commands; kept as notes</source>
        <translation>Un bloc de code sans langage est lu comme du texte, pas comme des commandes&#xa0;; conservé en notes</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Jalon %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
</context>
<context>
    <name>ChecklistItemReader</name>
    <message>
        <source>Untitled item</source>
        <translation>Point sans titre</translation>
    </message>
    <message>
        <source>Unknown status “%1” kept in the details; known: %2</source>
        <translation>Statut inconnu «&#xa0;%1&#xa0;» conservé dans les détails&#xa0;; statuts connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>“Blocker: %1” is neither yes nor no; ignored</source>
        <translation>«&#xa0;Blocker: %1&#xa0;» n&apos;est ni yes ni no&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>Waiver expiry “%1” is not a date (YYYY-MM-DD); ignored</source>
        <translation>La date d&apos;expiration de dérogation «&#xa0;%1&#xa0;» n&apos;est pas une date valide (AAAA-MM-JJ)&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>Unknown probe setting “%1” ignored; known: status 200, within 500 ms, timeout 10 s, body contains `text`</source>
        <translation>Paramètre de sonde inconnu «&#xa0;%1&#xa0;» ignoré&#xa0;; paramètres connus&#xa0;: status 200, within 500 ms, timeout 10 s, body contains `text`</translation>
    </message>
    <message>
        <source>“Probe:” on “%1” kept in the details: the item has no plain `curl -f URL` check to apply it to</source>
        <translation>«&#xa0;Probe:&#xa0;» sur «&#xa0;%1&#xa0;» conservé dans les détails&#xa0;: le point n&apos;a pas de simple vérification `curl -f URL` à laquelle l&apos;appliquer</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked but has %n unchecked item(s)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est coché mais contient %n point non coché</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est coché mais contient %n points non cochés</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is waived without a reason and an expiry date</source>
        <translation>«&#xa0;%1&#xa0;» est sous dérogation sans motif ni date d&apos;expiration</translation>
    </message>
</context>
<context>
    <name>ChunkReader</name>
    <message>
        <source>%1 became shorter while it was read: it ended after %2 of %3 bytes.</source>
        <translation>%1 a raccourci pendant la lecture&#xa0;: le fichier s&apos;arrête après %2 octets sur %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>evidence %1 &quot;%2&quot; (%3, %4, sha256 %5) attached to item %6 &quot;%7&quot;</source>
        <translation>preuve %1 &quot;%2&quot; (%3, %4, sha256 %5) jointe au point %6 &quot;%7&quot;</translation>
    </message>
    <message>
        <source>evidence %1 (%2) &quot;%3&quot; attached to item %4 &quot;%5&quot;</source>
        <translation>preuve %1 (%2) &quot;%3&quot; jointe au point %4 &quot;%5&quot;</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; keeps its value: %2</source>
        <translation>l&apos;indicateur &quot;%1&quot; conserve sa valeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2%3</source>
        <translation>indicateur &quot;%1&quot;&#xa0;: %2%3</translation>
    </message>
    <message>
        <source> (unchanged)</source>
        <translation> (inchangée)</translation>
    </message>
    <message>
        <source>give files or --url, not both</source>
        <translation>indiquez des fichiers ou --url, pas les deux</translation>
    </message>
    <message>
        <source>give one or more files, --url URL or --note TEXT</source>
        <translation>indiquez un ou plusieurs fichiers, --url URL ou --note TEXT</translation>
    </message>
    <message>
        <source>--title applies to --url only</source>
        <translation>--title ne s&apos;applique qu&apos;à --url</translation>
    </message>
    <message>
        <source>--note is empty</source>
        <translation>--note est vide</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; attach the file it points to</source>
        <translation>%1 est un lien symbolique&#xa0;; joignez le fichier vers lequel il pointe</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it</source>
        <translation>%1 est un dossier&#xa0;; joignez les fichiers qu&apos;il contient</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, FIFO or socket)</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (périphérique, FIFO ou socket)</translation>
    </message>
    <message>
        <source>the files before %1 were attached</source>
        <translation>les fichiers précédant %1 ont été joints</translation>
    </message>
    <message>
        <source>Attach evidence to a checklist item: files, a link or a note.</source>
        <translation>Joindre des preuves à un point de la liste de contrôle&#xa0;: fichiers, lien ou note.</translation>
    </message>
    <message>
        <source>Files are copied into the workspace and hashed (SHA-256), so the evidence survives the original moving; the same content is stored once. Symbolic links, folders, devices and unreadable files are refused. A note given with files is kept with each of them. Metrics bound to the item (greenlight metric --from-item) are re-read from the newest report at once.</source>
        <translation>Les fichiers sont copiés dans l&apos;espace de travail et hachés (SHA-256)&#xa0;: la preuve subsiste même si l&apos;original est déplacé&#xa0;; un contenu identique n&apos;est stocké qu&apos;une fois. Les liens symboliques, dossiers, périphériques et fichiers illisibles sont refusés. Une note fournie avec des fichiers est conservée avec chacun d&apos;eux. Les indicateurs liés au point (greenlight metric --from-item) sont aussitôt relus dans le rapport le plus récent.</translation>
    </message>
    <message>
        <source>A note, with the files or on its own.</source>
        <translation>Une note, avec les fichiers ou seule.</translation>
    </message>
    <message>
        <source>Attach a link (http or https).</source>
        <translation>Joindre un lien (http ou https).</translation>
    </message>
    <message>
        <source>The link&apos;s title.</source>
        <translation>Le titre du lien.</translation>
    </message>
    <message>
        <source>missing value after &apos;%1&apos;</source>
        <translation>valeur manquante après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db exige un nom de fichier</translation>
    </message>
    <message>
        <source>The workspace file (default: %1).</source>
        <translation>Le fichier de l&apos;espace de travail (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de.</source>
        <translation>Langue des messages, par ex. fr.</translation>
    </message>
    <message>
        <source>Usage: greenlight [--db FILE] VERB [ARGUMENTS]</source>
        <translation>Utilisation&#xa0;: greenlight [--db FILE] VERB [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Without a verb, greenlight opens its window.</source>
        <translation>Sans sous-commande, greenlight ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Sous-commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Show the arguments of one verb.</source>
        <translation>Afficher les arguments d&apos;une sous-commande.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>RELEASE is a release id or its unique name; ITEM an item id (see &apos;greenlight export RELEASE --json -&apos;) or its unique title.</source>
        <translation>RELEASE est l&apos;identifiant d&apos;une version ou son nom unique&#xa0;; ITEM, l&apos;identifiant d&apos;un point (voir &apos;greenlight export RELEASE --json -&apos;) ou son titre unique.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the verb failed, 2 bad arguments, unknown release, item or metric, or refused input.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec de la sous-commande, 2 arguments non valides, version, point ou indicateur inconnu, ou entrée refusée.</translation>
    </message>
    <message>
        <source>Usage: greenlight [--db FILE] %1 %2</source>
        <translation>Utilisation&#xa0;: greenlight [--db FILE] %1 %2</translation>
    </message>
    <message>
        <source>missing arguments; expected: %1 %2</source>
        <translation>arguments manquants&#xa0;; attendu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;; see &apos;greenlight --help&apos;</source>
        <translation>sous-commande inconnue &apos;%1&apos;&#xa0;; voir &apos;greenlight --help&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; before the verb; see &apos;greenlight --help&apos;</source>
        <translation>option inconnue &apos;%1&apos; avant la sous-commande&#xa0;; voir &apos;greenlight --help&apos;</translation>
    </message>
    <message>
        <source>no workspace at %1 (import a checklist first, or pass --db FILE)</source>
        <translation>aucun espace de travail dans %1 (importez d&apos;abord une liste de contrôle ou indiquez --db FILE)</translation>
    </message>
    <message>
        <source>Try &apos;greenlight help %1&apos;.</source>
        <translation>Essayez &apos;greenlight help %1&apos;.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--holds yes|no is required</source>
        <translation>--holds yes|no est obligatoire</translation>
    </message>
    <message>
        <source>--holds takes yes or no, not &apos;%1&apos;</source>
        <translation>--holds accepte yes ou no, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 criterion %2 &quot;%3&quot; holds</source>
        <translation>critère %1 %2 &quot;%3&quot; vérifié</translation>
    </message>
    <message>
        <source>%1 criterion %2 &quot;%3&quot; does not hold</source>
        <translation>critère %1 %2 &quot;%3&quot; non vérifié</translation>
    </message>
    <message>
        <source>Mark a GO or NO-GO criterion as holding or not.</source>
        <translation>Marquer un critère GO ou NO-GO comme vérifié ou non.</translation>
    </message>
    <message>
        <source>ID is the criterion&apos;s id (see &apos;export --json&apos;). A GO criterion that holds is met; a NO-GO criterion that holds blocks the release.</source>
        <translation>ID est l&apos;identifiant du critère (voir &apos;export --json&apos;). Un critère GO vérifié est atteint&#xa0;; un critère NO-GO vérifié bloque la version.</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes ou no.</translation>
    </message>
    <message>
        <source>--outcome go|conditional|no-go is required</source>
        <translation>--outcome go|conditional|no-go est obligatoire</translation>
    </message>
    <message>
        <source>--outcome takes go, conditional or no-go, not &apos;%1&apos;</source>
        <translation>--outcome accepte go, conditional ou no-go, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rationale TEXT is required</source>
        <translation>--rationale TEXT est obligatoire</translation>
    </message>
    <message>
        <source>--confidence takes a percentage from 0 to 100, not &apos;%1&apos;</source>
        <translation>--confidence accepte un pourcentage de 0 à 100, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--valid-until takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--valid-until accepte une date au format AAAA-MM-JJ, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--mitigation %1 must be &quot;TITLE;OWNER;DEADLINE;ACCEPTANCE&quot;, not &apos;%2&apos;</source>
        <translation>--mitigation %1 doit être de la forme &quot;TITLE;OWNER;DEADLINE;ACCEPTANCE&quot;, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--mitigation %1: the deadline must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--mitigation %1&#xa0;: l&apos;échéance doit être une date au format AAAA-MM-JJ, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2 recorded by %3 at %4 UTC</source>
        <translation>%1&#xa0;: décision %2 enregistrée par %3 le %4 UTC</translation>
    </message>
    <message>
        <source>Authorization code: %1</source>
        <translation>Code d&apos;autorisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation>Instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>The release is frozen until it is reopened.</source>
        <translation>La version est figée jusqu&apos;à sa réouverture.</translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation>--reason TEXT est obligatoire</translation>
    </message>
    <message>
        <source>%1: reopened; its decision is superseded and stays in history.</source>
        <translation>%1&#xa0;: version rouverte&#xa0;; sa décision est remplacée et reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Record the GO, CONDITIONAL GO or NO-GO decision and freeze the release.</source>
        <translation>Enregistrer la décision GO, CONDITIONAL GO ou NO-GO et figer la version.</translation>
    </message>
    <message>
        <source>A decision needs the required sign-offs, valid and current, and the outcome the matrix suggests; --override-reason records why it is taken anyway. A CONDITIONAL GO needs at least one mitigation (deadline as YYYY-MM-DD). The decision gets an authorization code derived from the release&apos;s snapshot; nothing in the release can change until &apos;greenlight reopen&apos;.</source>
        <translation>Une décision exige les approbations requises, valides et à jour, ainsi que l&apos;issue suggérée par la matrice&#xa0;; --override-reason consigne pourquoi elle est prise malgré tout. Un CONDITIONAL GO exige au moins une mesure d&apos;atténuation (échéance au format AAAA-MM-JJ). La décision reçoit un code d&apos;autorisation dérivé de l&apos;instantané de la version&#xa0;; plus rien ne peut changer dans la version avant &apos;greenlight reopen&apos;.</translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation>La décision.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>La justification.</translation>
    </message>
    <message>
        <source>Confidence in percent.</source>
        <translation>Degré de confiance, en pourcentage.</translation>
    </message>
    <message>
        <source>Last day the decision holds.</source>
        <translation>Dernier jour de validité de la décision.</translation>
    </message>
    <message>
        <source>A mitigation (repeat for more).</source>
        <translation>Une mesure d&apos;atténuation (à répéter pour en ajouter d&apos;autres).</translation>
    </message>
    <message>
        <source>Why the decision differs from the suggestion or lacks sign-offs.</source>
        <translation>Pourquoi la décision s&apos;écarte de la suggestion ou est prise sans les approbations.</translation>
    </message>
    <message>
        <source>Reopen a decided release: its decision is superseded and kept.</source>
        <translation>Rouvrir une version décidée&#xa0;: sa décision est remplacée et conservée.</translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation>Motif de la réouverture.</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non exigées</translation>
    </message>
    <message>
        <source>required</source>
        <translation>exigées</translation>
    </message>
    <message numerus="yes">
        <source>at most %n hour(s) old</source>
        <translation>
            <numerusform>datant d&apos;au plus %n heure</numerusform>
            <numerusform>datant d&apos;au plus %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>newer than the item&apos;s last change</source>
        <translation>plus récentes que la dernière modification du point</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>ADDED (UTC)</source>
        <translation>AJOUTÉ (UTC)</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;</source>
        <translation>point %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  no evidence</source>
        <translation>  aucune preuve</translation>
    </message>
    <message>
        <source>evidence: %1; %2</source>
        <translation>preuves&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>--save needs an evidence id, not &apos;%1&apos;</source>
        <translation>--save exige l&apos;identifiant d&apos;une preuve, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give --require or --not-required, not both</source>
        <translation>indiquez --require ou --not-required, pas les deux</translation>
    </message>
    <message>
        <source>--max-age and --newer-than-change go with --require</source>
        <translation>--max-age et --newer-than-change s&apos;utilisent avec --require</translation>
    </message>
    <message>
        <source>--max-age &apos;%1&apos; is not a number of hours (1 or more)</source>
        <translation>--max-age &apos;%1&apos; n&apos;est pas un nombre d&apos;heures (1 ou plus)</translation>
    </message>
    <message>
        <source>--remove needs an evidence id</source>
        <translation>--remove exige l&apos;identifiant d&apos;une preuve</translation>
    </message>
    <message>
        <source>evidence %1 belongs to item %2, not to item %3</source>
        <translation>la preuve %1 appartient au point %2, pas au point %3</translation>
    </message>
    <message>
        <source>--save ID needs the output file after ITEM</source>
        <translation>--save ID exige le fichier de sortie après ITEM</translation>
    </message>
    <message>
        <source>List an item&apos;s evidence, set what it requires, save or remove a piece.</source>
        <translation>Lister les preuves d&apos;un point, définir ce qu&apos;il exige, enregistrer ou supprimer une preuve.</translation>
    </message>
    <message>
        <source>An item that requires evidence cannot be passed without a reason while its evidence is missing or stale: older than --max-age hours, or, with --newer-than-change, added before the item&apos;s commands, criteria or requirement last changed. A note does not count as evidence. --save writes a stored piece to OUT after checking its SHA-256.</source>
        <translation>Un point qui exige des preuves ne peut pas être déclaré réussi sans motif tant que ses preuves sont manquantes ou périmées&#xa0;: plus anciennes que --max-age heures ou, avec --newer-than-change, ajoutées avant la dernière modification des commandes, des critères ou de l&apos;exigence du point. Une note ne compte pas comme preuve. --save écrit une preuve stockée dans OUT après avoir vérifié son SHA-256.</translation>
    </message>
    <message>
        <source>The item requires evidence.</source>
        <translation>Le point exige des preuves.</translation>
    </message>
    <message>
        <source>No older than this many hours.</source>
        <translation>Pas plus anciennes que ce nombre d&apos;heures.</translation>
    </message>
    <message>
        <source>Added after the item last changed.</source>
        <translation>Ajoutées après la dernière modification du point.</translation>
    </message>
    <message>
        <source>The item requires no evidence.</source>
        <translation>Le point n&apos;exige aucune preuve.</translation>
    </message>
    <message>
        <source>Remove a file, link or note.</source>
        <translation>Supprimer un fichier, un lien ou une note.</translation>
    </message>
    <message>
        <source>Write a stored piece to OUT.</source>
        <translation>Écrire une preuve stockée dans OUT.</translation>
    </message>
    <message>
        <source>a bundle is a zip file: give a file name, not -</source>
        <translation>une archive de preuves est un fichier zip&#xa0;: indiquez un nom de fichier, pas -</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n evidence file(s), %2, with manifest.json and release.json</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier de preuve, %2, avec manifest.json et release.json</numerusform>
            <numerusform>%1&#xa0;: %n fichiers de preuve, %2, avec manifest.json et release.json</numerusform>
        </translation>
    </message>
    <message>
        <source>a decision record is a PDF file: give a file name, not -</source>
        <translation>un procès-verbal de décision est un fichier PDF&#xa0;: indiquez un nom de fichier, pas -</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not %1</source>
        <translation>--paper vaut a4 ou letter, pas %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: decision record, %n page(s), %2, authorization code %3</source>
        <translation>
            <numerusform>%1&#xa0;: procès-verbal de décision, %n page, %2, code d&apos;autorisation %3</numerusform>
            <numerusform>%1&#xa0;: procès-verbal de décision, %n pages, %2, code d&apos;autorisation %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: draft record (no decision recorded yet), %n page(s)</source>
        <translation>
            <numerusform>%1&#xa0;: procès-verbal provisoire (aucune décision enregistrée), %n page</numerusform>
            <numerusform>%1&#xa0;: procès-verbal provisoire (aucune décision enregistrée), %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>give exactly one of --markdown OUT.md, --json OUT.json, --bundle OUT.zip and --pdf OUT.pdf</source>
        <translation>indiquez exactement une option parmi --markdown OUT.md, --json OUT.json, --bundle OUT.zip et --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation>--paper s&apos;utilise avec --pdf</translation>
    </message>
    <message>
        <source>the output file name is empty</source>
        <translation>le nom du fichier de sortie est vide</translation>
    </message>
    <message>
        <source>Write a release as a Markdown checklist, as JSON, its evidence as a zip, or its decision record as a PDF.</source>
        <translation>Écrire une version sous forme de liste de contrôle Markdown ou de JSON, ses preuves dans un zip, ou son procès-verbal de décision en PDF.</translation>
    </message>
    <message>
        <source>Use - as the file name to write to stdout. The Markdown imports back to an equal release; the JSON holds every gate, item (with its id and evidence), metric and criterion. The bundle holds every stored piece of evidence in a folder per gate and item, manifest.json (item, name, SHA-256, size, time and who for each file, and every link and note) and release.json. The PDF decision record holds the decision, readiness, metrics, every gate and item with its evidence hashes, the mitigations, the signatures, and the hashes `verify` checks; its paper is A4 or Letter by locale unless --paper says which.</source>
        <translation>Utilisez - comme nom de fichier pour écrire sur la sortie standard. Le Markdown se réimporte en une version identique&#xa0;; le JSON contient chaque jalon, point (avec son identifiant et ses preuves), indicateur et critère. L&apos;archive contient chaque preuve stockée, dans un dossier par jalon et par point, manifest.json (point, nom, SHA-256, taille, date et auteur de chaque fichier, ainsi que chaque lien et chaque note) et release.json. Le procès-verbal de décision PDF contient la décision, la préparation, les indicateurs, chaque jalon et chaque point avec les empreintes de ses preuves, les mesures d&apos;atténuation, les signatures et les empreintes que contrôle `verify`&#xa0;; son format de papier est A4 ou Letter selon les paramètres régionaux, sauf si --paper en décide autrement.</translation>
    </message>
    <message>
        <source>Write a Markdown checklist.</source>
        <translation>Écrire une liste de contrôle Markdown.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Write the evidence bundle (zip).</source>
        <translation>Écrire l&apos;archive de preuves (zip).</translation>
    </message>
    <message>
        <source>Write the PDF decision record.</source>
        <translation>Écrire le procès-verbal de décision PDF.</translation>
    </message>
    <message>
        <source>Paper size of the PDF: a4 or letter (default: by locale).</source>
        <translation>Format de papier du PDF&#xa0;: a4 ou letter (par défaut&#xa0;: selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name exige un nom</translation>
    </message>
    <message>
        <source>Import a Markdown checklist as a new release; prints its id.</source>
        <translation>Importer une liste de contrôle Markdown comme nouvelle version&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>Warnings go to stderr as &apos;FILE:LINE: warning: ...&apos;. A file with no checklist, an empty, binary or oversized file is refused and the workspace is left unchanged.</source>
        <translation>Les avertissements sont écrits sur stderr sous la forme &apos;FILE:LINE: warning: ...&apos;. Un fichier sans liste de contrôle, ou vide, binaire ou trop volumineux, est refusé et l&apos;espace de travail reste inchangé.</translation>
    </message>
    <message>
        <source>Name of the release (default: the checklist&apos;s first heading).</source>
        <translation>Nom de la version (par défaut&#xa0;: le premier titre de la liste de contrôle).</translation>
    </message>
    <message>
        <source>%1 has a key already (%2); use &apos;greenlight key rotate %1&apos; to replace it.</source>
        <translation>%1 a déjà une clé (%2)&#xa0;; utilisez &apos;greenlight key rotate %1&apos; pour la remplacer.</translation>
    </message>
    <message>
        <source>%1 has no key to rotate; use &apos;greenlight key create %1&apos;.</source>
        <translation>%1 n&apos;a pas de clé à renouveler&#xa0;; utilisez &apos;greenlight key create %1&apos;.</translation>
    </message>
    <message>
        <source>New passphrase for %1&apos;s key: </source>
        <translation>Nouvelle phrase secrète pour la clé de %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1&apos;s key %2</source>
        <translation>Clé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Private key (keep it, with its passphrase, to yourself): %1</source>
        <translation>Clé privée (à garder pour vous, avec sa phrase secrète)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The previous key is retired: what it signed stays verifiable.</source>
        <translation>L&apos;ancienne clé est retirée&#xa0;: ce qu&apos;elle a signé reste vérifiable.</translation>
    </message>
    <message>
        <source>%1 has no key yet: create one with &apos;greenlight key create %1&apos;.</source>
        <translation>%1 n&apos;a pas encore de clé&#xa0;: créez-en une avec &apos;greenlight key create %1&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Private key %1 of %2 is now on this machine.</source>
        <translation>La clé privée %1 de %2 est désormais sur cette machine.</translation>
    </message>
    <message>
        <source>Key %1 is already %2&apos;s key in this workspace.</source>
        <translation>La clé %1 est déjà celle de %2 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 already has the key %2 in this workspace; add --replace to make %3 their key instead (the old one is retired and keeps verifying what it signed).</source>
        <translation>%1 a déjà la clé %2 dans cet espace de travail&#xa0;; ajoutez --replace pour que %3 devienne sa clé (l&apos;ancienne est retirée et continue de vérifier ce qu&apos;elle a signé).</translation>
    </message>
    <message>
        <source>%1&apos;s key in this workspace is now %2.</source>
        <translation>La clé de %1 dans cet espace de travail est désormais %2.</translation>
    </message>
    <message>
        <source>expected create, rotate, export or import, not &apos;%1&apos;</source>
        <translation>create, rotate, export ou import attendu, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Create, rotate, export or import a stakeholder&apos;s signing key.</source>
        <translation>Créer, renouveler, exporter ou importer la clé de signature d&apos;une partie prenante.</translation>
    </message>
    <message>
        <source>The private key stays in your config folder (~/.config/greenlight/keys), encrypted under your passphrase; the workspace holds the public key and its fingerprint. The passphrase is asked on the terminal, or read as one line from file descriptor N (--passphrase-fd), never from the command line or the environment. &apos;export&apos; writes the public key as one line; &apos;import&apos; takes such a line (adding it as NAME&apos;s key) or a private key file copied from another machine. &apos;rotate&apos; makes a new key; what the old one signed stays verifiable.</source>
        <translation>La clé privée reste dans votre dossier de configuration (~/.config/greenlight/keys), chiffrée par votre phrase secrète&#xa0;; l&apos;espace de travail contient la clé publique et son empreinte. La phrase secrète est demandée dans le terminal ou lue sur une ligne depuis le descripteur de fichier N (--passphrase-fd), jamais depuis la ligne de commande ni l&apos;environnement. &apos;export&apos; écrit la clé publique sur une ligne&#xa0;; &apos;import&apos; accepte une telle ligne (ajoutée comme clé de NAME) ou un fichier de clé privée copié depuis une autre machine. &apos;rotate&apos; crée une nouvelle clé&#xa0;; ce que l&apos;ancienne a signé reste vérifiable.</translation>
    </message>
    <message>
        <source>Read the passphrase from this file descriptor.</source>
        <translation>Lire la phrase secrète depuis ce descripteur de fichier.</translation>
    </message>
    <message>
        <source>Write the public key here (- for stdout).</source>
        <translation>Écrire la clé publique ici (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>With import: make the key the person&apos;s key even when they have one.</source>
        <translation>Avec import&#xa0;: faire de la clé celle de la personne, même si elle en a déjà une.</translation>
    </message>
    <message>
        <source>The stakeholder an imported key belongs to.</source>
        <translation>La partie prenante à qui appartient une clé importée.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>  from the newest %1 report of item %2, field %3</source>
        <translation>  depuis le rapport %1 le plus récent du point %2, champ %3</translation>
    </message>
    <message>
        <source>unknown parser &apos;%1&apos;; valid: %2</source>
        <translation>analyseur inconnu &apos;%1&apos;&#xa0;; valeurs valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>parser %1 has no field &apos;%2&apos;; valid: %3</source>
        <translation>l&apos;analyseur %1 n&apos;a pas de champ &apos;%2&apos;&#xa0;; valeurs valides&#xa0;: %3</translation>
    </message>
    <message>
        <source>give exactly one of --value VALUE, --from-item ITEM and --unbind</source>
        <translation>indiquez exactement une option parmi --value VALUE, --from-item ITEM et --unbind</translation>
    </message>
    <message>
        <source>--from-item ITEM needs --parser PARSER and --field FIELD, and they need it</source>
        <translation>--from-item ITEM exige --parser PARSER et --field FIELD, et réciproquement</translation>
    </message>
    <message>
        <source>--value is empty</source>
        <translation>--value est vide</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; takes its value from the evidence of item %2; give --unbind first to set it by hand</source>
        <translation>l&apos;indicateur &quot;%1&quot; tire sa valeur des preuves du point %2&#xa0;; indiquez d&apos;abord --unbind pour la saisir manuellement</translation>
    </message>
    <message>
        <source>Record a metric&apos;s current value, or take it from evidence.</source>
        <translation>Enregistrer la valeur actuelle d&apos;un indicateur, ou la tirer des preuves.</translation>
    </message>
    <message>
        <source>NAME is the metric&apos;s id or its unique name. VALUE is read like a table cell: 71.3%, 8.2/10, 465MB; a value that is not a number (Leaking) is kept as text and is not met. With --from-item the value comes from the newest file attached to ITEM that PARSER reads (junit: tests, failures, errors, skipped, passed, pass_rate; coverage: lines, branches, functions, statements; sarif: critical, high, medium, low, total, critical_high; npm-audit: the same and info), now and whenever a newer report is attached. --unbind keeps the value and ends the binding.</source>
        <translation>NAME est l&apos;identifiant de l&apos;indicateur ou son nom unique. VALUE se lit comme une cellule de tableau&#xa0;: 71.3%, 8.2/10, 465MB&#xa0;; une valeur qui n&apos;est pas un nombre (Leaking) est conservée comme texte et considérée comme non atteinte. Avec --from-item, la valeur provient du fichier le plus récent joint à ITEM que PARSER sait lire (junit&#xa0;: tests, failures, errors, skipped, passed, pass_rate&#xa0;; coverage&#xa0;: lines, branches, functions, statements&#xa0;; sarif&#xa0;: critical, high, medium, low, total, critical_high&#xa0;; npm-audit&#xa0;: les mêmes, plus info), immédiatement puis à chaque fois qu&apos;un rapport plus récent est joint. --unbind conserve la valeur et met fin à la liaison.</translation>
    </message>
    <message>
        <source>The current value.</source>
        <translation>La valeur actuelle.</translation>
    </message>
    <message>
        <source>Take the value from this item&apos;s newest report.</source>
        <translation>Tirer la valeur du rapport le plus récent de ce point.</translation>
    </message>
    <message>
        <source>junit, coverage, npm-audit or sarif.</source>
        <translation>junit, coverage, npm-audit ou sarif.</translation>
    </message>
    <message>
        <source>The parser&apos;s field.</source>
        <translation>Le champ de l&apos;analyseur.</translation>
    </message>
    <message>
        <source>Stop taking the value from evidence.</source>
        <translation>Ne plus tirer la valeur des preuves.</translation>
    </message>
    <message>
        <source>%1 has no decision with mitigations.</source>
        <translation>%1 n&apos;a aucune décision avec des mesures d&apos;atténuation.</translation>
    </message>
    <message>
        <source>name the mitigation by its number: RELEASE N --status ...</source>
        <translation>désignez la mesure d&apos;atténuation par son numéro&#xa0;: RELEASE N --status ...</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(en retard)</translation>
    </message>
    <message>
        <source>evidence %1 &quot;%2&quot;</source>
        <translation>preuve %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>N is a mitigation&apos;s number, 1 to %1, not &apos;%2&apos;</source>
        <translation>N est le numéro d&apos;une mesure d&apos;atténuation, de 1 à %1, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>give --status open|done|dropped</source>
        <translation>indiquez --status open|done|dropped</translation>
    </message>
    <message>
        <source>--status is open, done or dropped, not &apos;%1&apos;</source>
        <translation>--status vaut open, done ou dropped, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--evidence takes an evidence id (see greenlight evidence), not &apos;%1&apos;</source>
        <translation>--evidence attend l&apos;identifiant d&apos;une preuve (voir greenlight evidence), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: mitigation %2 &quot;%3&quot; is %4</source>
        <translation>%1&#xa0;: mesure d&apos;atténuation %2 &quot;%3&quot;&#xa0;: %4</translation>
    </message>
    <message>
        <source>List or update the mitigations of a CONDITIONAL GO.</source>
        <translation>Lister ou mettre à jour les mesures d&apos;atténuation d&apos;un CONDITIONAL GO.</translation>
    </message>
    <message>
        <source>Without N, lists the mitigations of the newest decision, numbered, with their status and whether they are overdue. With N, sets that mitigation&apos;s status; --evidence names a piece of the release&apos;s evidence that shows it done. Mitigations can be updated while the release is frozen.</source>
        <translation>Sans N, liste les mesures d&apos;atténuation de la décision la plus récente, numérotées, avec leur statut et leur éventuel retard. Avec N, définit le statut de cette mesure&#xa0;; --evidence désigne une preuve de la version qui atteste qu&apos;elle est réalisée. Les mesures d&apos;atténuation peuvent être mises à jour même lorsque la version est figée.</translation>
    </message>
    <message>
        <source>The mitigation&apos;s new status.</source>
        <translation>Le nouveau statut de la mesure d&apos;atténuation.</translation>
    </message>
    <message>
        <source>Evidence that shows the mitigation done.</source>
        <translation>Preuve attestant que la mesure d&apos;atténuation est réalisée.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase: %1</source>
        <translation>Impossible de lire la phrase secrète&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La phrase secrète dépasse %1 octets.</translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor number, not &apos;%1&apos;</source>
        <translation>--passphrase-fd attend un numéro de descripteur de fichier, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--passphrase-fd %1: no such open file descriptor</source>
        <translation>--passphrase-fd %1&#xa0;: aucun descripteur de fichier ouvert ne porte ce numéro</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase: pass it on a file descriptor with --passphrase-fd N.</source>
        <translation>Aucun terminal pour demander la phrase secrète&#xa0;: transmettez-la par un descripteur de fichier avec --passphrase-fd N.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>No releases in %1.</source>
        <translation>Aucune version dans %1.</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>READINESS</source>
        <translation>PRÉPARATION</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DÉCISION</translation>
    </message>
    <message>
        <source>List the releases: id, name, items, readiness and the suggested decision.</source>
        <translation>Lister les versions&#xa0;: identifiant, nom, points, préparation et décision suggérée.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>give --role ROLE or --separation-of-duties on|off</source>
        <translation>indiquez --role ROLE ou --separation-of-duties on|off</translation>
    </message>
    <message>
        <source>--separation-of-duties takes on or off, not &apos;%1&apos;</source>
        <translation>--separation-of-duties accepte on ou off, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the last person to change it cannot be its only approver</source>
        <translation>%1&#xa0;: la dernière personne à l&apos;avoir modifiée ne peut pas en être la seule approbatrice</translation>
    </message>
    <message>
        <source>%1: separation of duties is off</source>
        <translation>%1&#xa0;: séparation des tâches désactivée</translation>
    </message>
    <message>
        <source>--count takes a number of 0 or more, not &apos;%1&apos;</source>
        <translation>--count attend un nombre supérieur ou égal à 0, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no sign-off of %2 required</source>
        <translation>%1&#xa0;: aucune approbation exigée de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: requires %n sign-off(s) of %2</source>
        <translation>
            <numerusform>%1&#xa0;: exige %n approbation de %2</numerusform>
            <numerusform>%1&#xa0;: exige %n approbations de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the sign-offs a release requires.</source>
        <translation>Définir les approbations qu&apos;une version exige.</translation>
    </message>
    <message>
        <source>--count 0 removes the requirement for that role (default count: 1). Separation of duties (on by default) keeps the person who last changed the release from being its only approver.</source>
        <translation>--count 0 supprime l&apos;exigence pour ce rôle (nombre par défaut&#xa0;: 1). La séparation des tâches (activée par défaut) empêche la dernière personne ayant modifié la version d&apos;en être la seule approbatrice.</translation>
    </message>
    <message>
        <source>The role that must sign.</source>
        <translation>Le rôle qui doit approuver.</translation>
    </message>
    <message>
        <source>How many people of that role.</source>
        <translation>Nombre de personnes de ce rôle.</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on ou off.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>--jobs needs a whole number of at least 1</source>
        <translation>--jobs exige un nombre entier d&apos;au moins 1</translation>
    </message>
    <message>
        <source>--env-file needs a file name</source>
        <translation>--env-file exige un nom de fichier</translation>
    </message>
    <message numerus="yes">
        <source>greenlight: %n item(s) would run imported commands nobody has approved. Approve them in the window, or pass --trust to run them anyway:</source>
        <translation>
            <numerusform>greenlight&#xa0;: %n point exécuterait des commandes importées que personne n&apos;a autorisées. Autorisez-les dans la fenêtre, ou indiquez --trust pour les exécuter quand même&#xa0;:</numerusform>
            <numerusform>greenlight&#xa0;: %n points exécuteraient des commandes importées que personne n&apos;a autorisées. Autorisez-les dans la fenêtre, ou indiquez --trust pour les exécuter quand même&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>(runs through /bin/sh -c: %1)</source>
        <translation>(exécuté via /bin/sh -c&#xa0;: %1)</translation>
    </message>
    <message>
        <source>working folder: %1</source>
        <translation>dossier de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>env file: %1</source>
        <translation>fichier d&apos;environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing to run: no selected item has commands or a probe</source>
        <translation>rien à exécuter&#xa0;: aucun point sélectionné n&apos;a de commandes ni de sonde</translation>
    </message>
    <message>
        <source>the run of “%1” was not recorded: %2</source>
        <translation>l&apos;exécution de «&#xa0;%1&#xa0;» n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>greenlight: cancelling; ending every running command</source>
        <translation>greenlight&#xa0;: annulation&#xa0;; arrêt de toutes les commandes en cours</translation>
    </message>
    <message>
        <source>the run could not start</source>
        <translation>l&apos;exécution n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 cancelled, %4 blocked in %5</source>
        <translation>%1 réussis, %2 échoués, %3 annulés, %4 bloqués en %5</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>Run the commands and probes of a release, a gate or items.</source>
        <translation>Exécuter les commandes et les sondes d&apos;une version, d&apos;un jalon ou de certains points.</translation>
    </message>
    <message>
        <source>Gates run in order; a gate that requires the previous one waits until that one is complete, else its items become blocked. Inside a gate, items run in parallel up to --jobs. Each run is recorded with its log as evidence, and the item becomes passed or failed. Prints one line per item as it finishes and a summary. Exit codes: 0 when every item that ran passed, 1 when any failed, was blocked or was cancelled, 2 for bad arguments or refused input (such as imported commands nobody approved). SIGINT or SIGTERM cancels: every command&apos;s process tree ends and the runs are recorded as cancelled.</source>
        <translation>Les jalons s&apos;exécutent dans l&apos;ordre&#xa0;; un jalon qui exige le précédent attend que celui-ci soit terminé, sinon ses points deviennent bloqués. Dans un jalon, les points s&apos;exécutent en parallèle, jusqu&apos;à --jobs à la fois. Chaque exécution est enregistrée avec son journal comme preuve, et le point devient réussi ou échoué. Affiche une ligne par point dès qu&apos;il se termine, puis un récapitulatif. Codes de sortie&#xa0;: 0 si tous les points exécutés ont réussi, 1 si l&apos;un d&apos;eux a échoué, a été bloqué ou annulé, 2 en cas d&apos;arguments non valides ou d&apos;entrée refusée (par exemple des commandes importées que personne n&apos;a autorisées). SIGINT ou SIGTERM annule&#xa0;: l&apos;arborescence de processus de chaque commande est arrêtée et les exécutions sont enregistrées comme annulées.</translation>
    </message>
    <message>
        <source>Only this gate (id or title).</source>
        <translation>Uniquement ce jalon (identifiant ou titre).</translation>
    </message>
    <message>
        <source>Only this item (id or unique title); may be repeated.</source>
        <translation>Uniquement ce point (identifiant ou titre unique)&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>Items run at once inside a gate (default: number of cores).</source>
        <translation>Points exécutés simultanément dans un jalon (par défaut&#xa0;: nombre de cœurs).</translation>
    </message>
    <message>
        <source>KEY=VALUE file for this run instead of the release&apos;s.</source>
        <translation>Fichier KEY=VALUE pour cette exécution, au lieu de celui de la version.</translation>
    </message>
    <message>
        <source>Run imported commands even though nobody approved them.</source>
        <translation>Exécuter les commandes importées même si personne ne les a autorisées.</translation>
    </message>
    <message>
        <source>--status STATUS is required</source>
        <translation>--status STATUS est obligatoire</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; valid: %2</source>
        <translation>statut inconnu &apos;%1&apos;&#xa0;; valeurs valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--expires &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--expires &apos;%1&apos; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--expires applies to --status waived only</source>
        <translation>--expires ne s&apos;applique qu&apos;à --status waived</translation>
    </message>
    <message>
        <source>--status waived needs --reason TEXT and --expires YYYY-MM-DD</source>
        <translation>--status waived exige --reason TEXT et --expires YYYY-MM-DD</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: %3</source>
        <translation>point %1 &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Record the status of a checklist item.</source>
        <translation>Enregistrer le statut d&apos;un point de la liste de contrôle.</translation>
    </message>
    <message>
        <source>ITEM is an item id or its unique title; only items without sub-items take a status. STATUS is one of: %1. A waiver needs a reason and an expiry date.</source>
        <translation>ITEM est l&apos;identifiant d&apos;un point ou son titre unique&#xa0;; seuls les points sans sous-points ont un statut. STATUS est l&apos;une des valeurs suivantes&#xa0;: %1. Une dérogation exige un motif et une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>Le nouveau statut.</translation>
    </message>
    <message>
        <source>Why: a failure message, a blocker, a waiver.</source>
        <translation>Pourquoi&#xa0;: message d&apos;échec, bloquant, dérogation.</translation>
    </message>
    <message>
        <source>Replace the item&apos;s note.</source>
        <translation>Remplacer la note du point.</translation>
    </message>
    <message>
        <source>Last day a waiver is in force.</source>
        <translation>Dernier jour de validité d&apos;une dérogation.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>timeout: %1</source>
        <translation>délai d&apos;expiration&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>output cap: %1 MiB</source>
        <translation>plafond de sortie&#xa0;: %1 Mio</translation>
    </message>
    <message>
        <source>secret markers: %1</source>
        <translation>marqueurs de secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>--working-folder: “%1” is not a folder</source>
        <translation>--working-folder&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>--timeout needs whole seconds (0: none)</source>
        <translation>--timeout exige un nombre entier de secondes (0&#xa0;: aucun délai)</translation>
    </message>
    <message>
        <source>--output-cap needs MiB between 1 and 4096</source>
        <translation>--output-cap exige une valeur en Mio comprise entre 1 et 4096</translation>
    </message>
    <message>
        <source>--secret-markers needs at least one marker</source>
        <translation>--secret-markers exige au moins un marqueur</translation>
    </message>
    <message>
        <source>Show or change how a release runs its commands.</source>
        <translation>Afficher ou modifier la façon dont une version exécute ses commandes.</translation>
    </message>
    <message>
        <source>Without options, prints the settings. Commands run in the working folder; the timeout applies to each item unless it sets its own; output past the cap keeps its head and tail. The env file (KEY=VALUE lines, relative to the working folder) is read at each run and never stored; values of keys containing a secret marker are masked as *** in logs, the console and exports.</source>
        <translation>Sans option, affiche les paramètres. Les commandes s&apos;exécutent dans le dossier de travail&#xa0;; le délai d&apos;expiration s&apos;applique à chaque point, sauf s&apos;il définit le sien&#xa0;; au-delà du plafond, la sortie conserve son début et sa fin. Le fichier d&apos;environnement (lignes KEY=VALUE, chemin relatif au dossier de travail) est lu à chaque exécution et jamais stocké&#xa0;; les valeurs des clés contenant un marqueur de secret sont masquées par *** dans les journaux, la console et les exports.</translation>
    </message>
    <message>
        <source>Folder the commands run in.</source>
        <translation>Dossier dans lequel les commandes s&apos;exécutent.</translation>
    </message>
    <message>
        <source>Seconds an item may run (0: no limit).</source>
        <translation>Durée d&apos;exécution maximale d&apos;un point, en secondes (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>Output kept per run, in MiB.</source>
        <translation>Sortie conservée par exécution, en Mio.</translation>
    </message>
    <message>
        <source>KEY=VALUE file passed to commands (empty: none).</source>
        <translation>Fichier KEY=VALUE transmis aux commandes (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>Comma-separated parts of key names whose values are masked.</source>
        <translation>Fragments de noms de clés, séparés par des virgules, dont les valeurs sont masquées.</translation>
    </message>
    <message>
        <source>--as NAME is required</source>
        <translation>--as NAME est obligatoire</translation>
    </message>
    <message>
        <source>--meaning go|conditional|no-go|reviewed is required</source>
        <translation>--meaning go|conditional|no-go|reviewed est obligatoire</translation>
    </message>
    <message>
        <source>--meaning takes go, conditional, no-go or reviewed, not &apos;%1&apos;</source>
        <translation>--meaning accepte go, conditional, no-go ou reviewed, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Passphrase of %1 to sign “%2” as %3: </source>
        <translation>Phrase secrète de %1 pour approuver «&#xa0;%2&#xa0;» en tant que %3&#xa0;: </translation>
    </message>
    <message>
        <source>%1 (%2) signed “%3”: %4</source>
        <translation>%1 (%2) a approuvé «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>  at %1 UTC with key %2</source>
        <translation>  le %1 UTC avec la clé %2</translation>
    </message>
    <message>
        <source>  over snapshot %1</source>
        <translation>  sur l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Sign off a release as it is now, with your key and passphrase.</source>
        <translation>Approuver une version dans son état actuel, avec votre clé et votre phrase secrète.</translation>
    </message>
    <message>
        <source>The signature covers the release&apos;s canonical snapshot (gates, items, statuses, commands, metric values, criteria and every evidence SHA-256) with your name, role, meaning, comment and the UTC time. Any later change makes it stale until the change is undone; &apos;status&apos; shows what changed. --role picks one of your roles (default: the first one the release still needs). The passphrase is asked on the terminal or read from file descriptor N.</source>
        <translation>La signature couvre l&apos;instantané canonique de la version (jalons, points, statuts, commandes, valeurs des indicateurs, critères et le SHA-256 de chaque preuve), ainsi que votre nom, votre rôle, la portée, le commentaire et l&apos;heure UTC. Toute modification ultérieure la rend périmée jusqu&apos;à ce que la modification soit annulée&#xa0;; &apos;status&apos; indique ce qui a changé. --role choisit l&apos;un de vos rôles (par défaut&#xa0;: le premier dont la version a encore besoin). La phrase secrète est demandée dans le terminal ou lue depuis le descripteur de fichier N.</translation>
    </message>
    <message>
        <source>The stakeholder who signs.</source>
        <translation>La partie prenante qui approuve.</translation>
    </message>
    <message>
        <source>What the signature means.</source>
        <translation>La portée de la signature.</translation>
    </message>
    <message>
        <source>A comment signed with it.</source>
        <translation>Un commentaire signé avec elle.</translation>
    </message>
    <message>
        <source>Sign in this role.</source>
        <translation>Approuver avec ce rôle.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>RÔLES</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>expected &apos;add&apos; or &apos;list&apos;, not &apos;%1&apos;</source>
        <translation>&apos;add&apos; ou &apos;list&apos; attendu, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected: stakeholder add NAME --role ROLE</source>
        <translation>attendu&#xa0;: stakeholder add NAME --role ROLE</translation>
    </message>
    <message>
        <source>--role ROLE is required</source>
        <translation>--role ROLE est obligatoire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add a person who signs off releases, or list them.</source>
        <translation>Ajouter une personne qui approuve les versions, ou les lister.</translation>
    </message>
    <message>
        <source>NAME is the printed name that appears on the decision record. Adding a name that exists adds the role to that person: one person counts once even with two roles. --account is the login their edits are recorded under, when it is not their name (for separation of duties).</source>
        <translation>NAME est le nom usuel qui figure sur le procès-verbal de décision. Ajouter un nom existant ajoute le rôle à cette personne&#xa0;: une personne ne compte qu&apos;une fois, même avec deux rôles. --account est l&apos;identifiant de connexion sous lequel ses modifications sont enregistrées, s&apos;il diffère de son nom (pour la séparation des tâches).</translation>
    </message>
    <message>
        <source>The role, e.g. &quot;Release manager&quot;.</source>
        <translation>Le rôle, par ex. &quot;Responsable de la mise en production&quot;.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Login name their edits are recorded under.</source>
        <translation>Identifiant de connexion sous lequel ses modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none (no weighted metrics)</source>
        <translation>aucun (aucun indicateur pondéré)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 items done; target %4 %)</source>
        <translation>%1&#xa0;% (%2 points terminés sur %3&#xa0;; objectif %4&#xa0;%)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>required evidence missing: %1, stale: %2 (items listed below)</source>
        <translation>preuves exigées manquantes&#xa0;: %1, périmées&#xa0;: %2 (points listés ci-dessous)</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>JALON</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSIS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉS</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOQUÉS</translation>
    </message>
    <message>
        <source>INCONCL</source>
        <translation>NON CONCL.</translation>
    </message>
    <message>
        <source>WAIVED</source>
        <translation>DÉROGÉS</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S/O</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTS</translation>
    </message>
    <message>
        <source>DONE %</source>
        <translation>TERMINÉ&#xa0;%</translation>
    </message>
    <message>
        <source>BLOCKER</source>
        <translation>BLOQUANT</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>INDICATEUR</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUEL</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>REQUIS</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>ATTEINT</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>POIDS</translation>
    </message>
    <message>
        <source>Recorded decision (superseded %1 by %2: %3):</source>
        <translation>Décision enregistrée (remplacée le %1 par %2&#xa0;: %3)&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded decision (the release is frozen):</source>
        <translation>Décision enregistrée (la version est figée)&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Code d&apos;autorisation</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>%1 UTC by %2</source>
        <translation>%1 UTC par %2</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Degré de confiance</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Differs from %1 because</source>
        <translation>S&apos;écarte de %1 car</translation>
    </message>
    <message>
        <source>MITIGATION</source>
        <translation>MESURE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation>Approbations&#xa0;:</translation>
    </message>
    <message>
        <source>REQUIRED ROLE</source>
        <translation>RÔLE REQUIS</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>SIGNÉES</translation>
    </message>
    <message>
        <source>SATISFIED</source>
        <translation>SATISFAIT</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>SIGNED (UTC)</source>
        <translation>SIGNÉ (UTC)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>NON VALIDE&#xa0;: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Changed since %1 signed:</source>
        <translation>Modifié depuis l&apos;approbation de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Open blockers:</source>
        <translation>Bloquants ouverts&#xa0;:</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Required evidence missing or stale:</source>
        <translation>Preuves exigées manquantes ou périmées&#xa0;:</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PREUVES</translation>
    </message>
    <message>
        <source>What keeps it from a better decision:</source>
        <translation>Ce qui empêche une meilleure décision&#xa0;:</translation>
    </message>
    <message>
        <source>Show the readiness matrix, metrics, blockers and the suggested decision.</source>
        <translation>Afficher la matrice de préparation, les indicateurs, les bloquants et la décision suggérée.</translation>
    </message>
    <message>
        <source>DAMAGED evidence %1 &quot;%2&quot; of item %3 &quot;%4&quot; in release %5 &quot;%6&quot;: %7 (sha256 recorded %8)</source>
        <translation>preuve ENDOMMAGÉE %1 &quot;%2&quot; du point %3 &quot;%4&quot; de la version %5 &quot;%6&quot;&#xa0;: %7 (sha256 enregistré %8)</translation>
    </message>
    <message numerus="yes">
        <source>evidence: verified %1 of stored content, %n problem(s)</source>
        <translation>
            <numerusform>preuves&#xa0;: vérification de %1 de contenu stocké, %n problème</numerusform>
            <numerusform>preuves&#xa0;: vérification de %1 de contenu stocké, %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN audit log: %1</source>
        <translation>journal d&apos;audit CORROMPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>BROKEN audit row %1 (release %2): %3</source>
        <translation>ligne d&apos;audit CORROMPUE %1 (version %2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>audit log: %1 rows, chain head %2, %n problem(s)</source>
        <translation>
            <numerusform>journal d&apos;audit&#xa0;: %1 lignes, tête de chaîne %2, %n problème</numerusform>
            <numerusform>journal d&apos;audit&#xa0;: %1 lignes, tête de chaîne %2, %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>MISSING sign-off %1 on release %2 &quot;%3&quot;: audit row %4 records it, the file no longer has it</source>
        <translation>approbation MANQUANTE %1 sur la version %2 &quot;%3&quot;&#xa0;: la ligne d&apos;audit %4 l&apos;enregistre, le fichier ne la contient plus</translation>
    </message>
    <message>
        <source>MISSING decision %1 on release %2 &quot;%3&quot;: audit row %4 records it, the file no longer has it</source>
        <translation>décision MANQUANTE %1 sur la version %2 &quot;%3&quot;&#xa0;: la ligne d&apos;audit %4 l&apos;enregistre, le fichier ne la contient plus</translation>
    </message>
    <message>
        <source>INVALID sign-off %1 of %2 (%3) on release %4 &quot;%5&quot;: %6</source>
        <translation>approbation NON VALIDE %1 de %2 (%3) sur la version %4 &quot;%5&quot;&#xa0;: %6</translation>
    </message>
    <message>
        <source>INVALID decision %1 (%2) on release %3 &quot;%4&quot;: %5</source>
        <translation>décision NON VALIDE %1 (%2) sur la version %3 &quot;%4&quot;&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <source>sign-offs: %n checked</source>
        <translation>
            <numerusform>approbations&#xa0;: %n vérifiée</numerusform>
            <numerusform>approbations&#xa0;: %n vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decisions: %n checked</source>
        <translation>
            <numerusform>décisions&#xa0;: %n vérifiée</numerusform>
            <numerusform>décisions&#xa0;: %n vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>all is sound</source>
        <translation>tout est en ordre</translation>
    </message>
    <message>
        <source>Check evidence hashes, the audit chain, sign-offs and decisions.</source>
        <translation>Vérifier les empreintes des preuves, la chaîne d&apos;audit, les approbations et les décisions.</translation>
    </message>
    <message>
        <source>Reads every stored piece of evidence (of RELEASE, or of the whole workspace) back from the file, hashes it again and compares it with the SHA-256 recorded when it was attached; walks the audit log&apos;s hash chain row by row; checks every sign-off&apos;s signature against its stakeholder&apos;s key and every decision&apos;s snapshot and authorization code. Each problem is printed with where it is (evidence and item, audit row, sign-off, decision). Exit code 0 when all is sound, 1 when anything fails.</source>
        <translation>Relit depuis le fichier chaque preuve stockée (de RELEASE, ou de tout l&apos;espace de travail), recalcule son empreinte et la compare au SHA-256 enregistré lorsqu&apos;elle a été jointe&#xa0;; parcourt ligne par ligne la chaîne d&apos;empreintes du journal d&apos;audit&#xa0;; vérifie la signature de chaque approbation avec la clé de sa partie prenante, ainsi que l&apos;instantané et le code d&apos;autorisation de chaque décision. Chaque problème est affiché avec son emplacement (preuve et point, ligne d&apos;audit, approbation, décision). Code de sortie 0 si tout est en ordre, 1 si une vérification échoue.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>a single quote is not closed</source>
        <translation>un guillemet simple n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation>un guillemet double n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>it ends with a lone backslash</source>
        <translation>elle se termine par une barre oblique inverse isolée</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>elle contient un caractère NUL</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>la commande est vide</translation>
    </message>
    <message>
        <source>uses a pipe (%1)</source>
        <translation>utilise un tube (%1)</translation>
    </message>
    <message>
        <source>chains commands with %1</source>
        <translation>enchaîne des commandes avec %1</translation>
    </message>
    <message>
        <source>redirects input or output (%1)</source>
        <translation>redirige l&apos;entrée ou la sortie (%1)</translation>
    </message>
    <message>
        <source>expands variables or commands (%1)</source>
        <translation>développe des variables ou des commandes (%1)</translation>
    </message>
    <message>
        <source>matches file names (%1)</source>
        <translation>utilise des motifs de noms de fichiers (%1)</translation>
    </message>
    <message>
        <source>groups commands (%1)</source>
        <translation>regroupe des commandes (%1)</translation>
    </message>
    <message>
        <source>uses the shell command %1</source>
        <translation>utilise la commande shell %1</translation>
    </message>
    <message>
        <source>sets a variable (%1)</source>
        <translation>définit une variable (%1)</translation>
    </message>
    <message>
        <source>expands the home folder (~)</source>
        <translation>développe le dossier personnel (~)</translation>
    </message>
    <message>
        <source>contains a comment (#)</source>
        <translation>contient un commentaire (#)</translation>
    </message>
    <message>
        <source>runs several lines</source>
        <translation>exécute plusieurs lignes</translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2</source>
        <translation>Impossible d&apos;exécuter «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The shell %1 is missing or not executable</source>
        <translation>Le shell %1 est introuvable ou n&apos;est pas exécutable</translation>
    </message>
    <message>
        <source>Program “%1” is relative but no working folder is set</source>
        <translation>Le programme «&#xa0;%1&#xa0;» est relatif, mais aucun dossier de travail n&apos;est défini</translation>
    </message>
    <message>
        <source>Program “%1” not found (%2)</source>
        <translation>Programme «&#xa0;%1&#xa0;» introuvable (%2)</translation>
    </message>
    <message>
        <source>Program “%1” is not an executable file (%2)</source>
        <translation>Le programme «&#xa0;%1&#xa0;» n&apos;est pas un fichier exécutable (%2)</translation>
    </message>
    <message>
        <source>Program “%1” not found in PATH (%2)</source>
        <translation>Programme «&#xa0;%1&#xa0;» introuvable dans le PATH (%2)</translation>
    </message>
</context>
<context>
    <name>ConsoleBuffer</name>
    <message>
        <source>[%1 of output not shown here: only the first and the last part of a run are kept]</source>
        <translation>[%1 de sortie non affichés ici&#xa0;: seuls le début et la fin d&apos;une exécution sont conservés]</translation>
    </message>
</context>
<context>
    <name>DecisionRecord</name>
    <message>
        <source>a decision is already in force (%1, %2): reopen the release first</source>
        <translation>une décision est déjà en vigueur (%1, %2)&#xa0;: rouvrez d&apos;abord la version</translation>
    </message>
    <message>
        <source>a decision needs a rationale</source>
        <translation>une décision exige une justification</translation>
    </message>
    <message>
        <source>the matrix suggests %1: recording %2 needs a written reason</source>
        <translation>la matrice suggère %1&#xa0;: enregistrer %2 exige un motif écrit</translation>
    </message>
    <message>
        <source>confidence must be 0 to 100 %, not %1</source>
        <translation>le degré de confiance doit être compris entre 0 et 100&#xa0;%, pas %1</translation>
    </message>
    <message>
        <source>valid-until %1 is in the past</source>
        <translation>la date de fin de validité %1 est passée</translation>
    </message>
    <message>
        <source>a CONDITIONAL GO needs at least one mitigation</source>
        <translation>un CONDITIONAL GO exige au moins une mesure d&apos;atténuation</translation>
    </message>
    <message>
        <source>only a CONDITIONAL GO has mitigations</source>
        <translation>seul un CONDITIONAL GO comporte des mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <source>a deadline</source>
        <translation>une échéance</translation>
    </message>
    <message>
        <source>acceptance criteria</source>
        <translation>des critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>mitigation %1 needs %2</source>
        <translation>la mesure d&apos;atténuation %1 exige %2</translation>
    </message>
    <message>
        <source>a sign-off does not verify: record the decision only with an override reason</source>
        <translation>la signature d&apos;une approbation n&apos;est pas valide&#xa0;: n&apos;enregistrez la décision qu&apos;avec un motif d&apos;écart</translation>
    </message>
    <message>
        <source>the required sign-offs are not all given and current: sign, or override with a reason</source>
        <translation>les approbations requises ne sont pas toutes présentes et à jour&#xa0;: approuvez, ou passez outre avec un motif</translation>
    </message>
</context>
<context>
    <name>DecisionRecordPdf</name>
    <message>
        <source>Release decision record</source>
        <translation>Procès-verbal de décision de mise en production</translation>
    </message>
    <message>
        <source>Release ID %1</source>
        <translation>ID de version %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importée depuis %1</translation>
    </message>
    <message>
        <source>Record generated %1 by %2</source>
        <translation>Procès-verbal généré le %1 par %2</translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation>Aucune décision enregistrée</translation>
    </message>
    <message>
        <source>Suggested by readiness: %1</source>
        <translation>Suggestion selon la préparation&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a draft: it records the state of the release, not a decision.</source>
        <translation>Ceci est un brouillon&#xa0;: il reflète l&apos;état de la version, pas une décision.</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>Décidée par %1 le %2</translation>
    </message>
    <message>
        <source>Authorization code %1</source>
        <translation>Code d&apos;autorisation %1</translation>
    </message>
    <message>
        <source>Superseded on %1 by %2, who reopened the release: %3</source>
        <translation>Remplacée le %1 par %2, qui a rouvert la version&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Degré de confiance</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>Suggested by readiness</source>
        <translation>Suggestion selon la préparation</translation>
    </message>
    <message>
        <source>Why it differs from the suggestion</source>
        <translation>Motif de l&apos;écart avec la suggestion</translation>
    </message>
    <message>
        <source>Recorded without the required sign-offs because</source>
        <translation>Enregistrée sans les approbations requises, car</translation>
    </message>
    <message>
        <source>State decided on (SHA-256)</source>
        <translation>État retenu pour la décision (SHA-256)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 items done)</source>
        <translation>%1&#xa0;% (%2 points terminés sur %3)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>Suggested decision</source>
        <translation>Décision suggérée</translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation>Bloquants ouverts</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing required evidence</source>
        <translation>
            <numerusform>%n point sans les preuves requises</numerusform>
            <numerusform>%n points sans les preuves requises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with stale evidence</source>
        <translation>
            <numerusform>%n point avec des preuves périmées</numerusform>
            <numerusform>%n points avec des preuves périmées</numerusform>
        </translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation>Approbations requises</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>aucune requise</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s) signed</source>
        <translation>
            <numerusform>%1 sur %n rôle a signé</numerusform>
            <numerusform>%1 sur %n rôles ont signé</numerusform>
        </translation>
    </message>
    <message>
        <source>What keeps it from a better decision:</source>
        <translation>Ce qui empêche une meilleure décision&#xa0;:</translation>
    </message>
    <message>
        <source>Blocker: %1 (%2)</source>
        <translation>Bloquant&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Completion per gate</source>
        <translation>Avancement par jalon</translation>
    </message>
    <message>
        <source>blocker open</source>
        <translation>bloquant ouvert</translation>
    </message>
    <message>
        <source>%1 missing evidence</source>
        <translation>%1 sans preuve</translation>
    </message>
    <message>
        <source>%1 stale evidence</source>
        <translation>%1 avec preuve périmée</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Not met (blocker)</source>
        <translation>Non atteint (bloquant)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Evidence link: %1</source>
        <translation>Lien de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence note: %1</source>
        <translation>Note de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, added %3 by %4)</source>
        <translation>Preuve&#xa0;: %1 (%2, ajoutée le %3 par %4)</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Gates and items</source>
        <translation>Jalons et points</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Gate %1: %2</source>
        <translation>Jalon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Aucun point.</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Shown by %1</source>
        <translation>Attestée par %1</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mesure d&apos;atténuation</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Critère d&apos;acceptation</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stale: the release changed after it was signed</source>
        <translation>Périmée&#xa0;: la version a changé après la signature</translation>
    </message>
    <message>
        <source>Replaced by a later sign-off</source>
        <translation>Remplacée par une approbation ultérieure</translation>
    </message>
    <message>
        <source>Valid, not counted: %1</source>
        <translation>Valide, non comptabilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Required role</source>
        <translation>Rôle requis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Nobody has signed this release.</source>
        <translation>Personne n&apos;a signé cette version.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key fingerprint %1</source>
        <translation>Empreinte de la clé %1</translation>
    </message>
    <message>
        <source>Reviewed state %1</source>
        <translation>État examiné %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Verifying this record</source>
        <translation>Vérifier ce procès-verbal</translation>
    </message>
    <message>
        <source>State decided on</source>
        <translation>État retenu pour la décision</translation>
    </message>
    <message>
        <source>the release is still in the state that was decided on</source>
        <translation>la version est toujours dans l&apos;état retenu pour la décision</translation>
    </message>
    <message>
        <source>the release has changed since the decision</source>
        <translation>la version a changé depuis la décision</translation>
    </message>
    <message>
        <source>State of the release now</source>
        <translation>État actuel de la version</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the audit log</source>
        <translation>
            <numerusform>%n ligne dans le journal d&apos;audit</numerusform>
            <numerusform>%n lignes dans le journal d&apos;audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the audit log do not check out</source>
        <translation>
            <numerusform>%n ligne du journal d&apos;audit ne concorde pas</numerusform>
            <numerusform>%n lignes du journal d&apos;audit ne concordent pas</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Dernière entrée du journal d&apos;audit</translation>
    </message>
    <message>
        <source>To check this record against the workspace it came from, run:</source>
        <translation>Pour vérifier ce procès-verbal par rapport à l&apos;espace de travail dont il est issu, exécutez&#xa0;:</translation>
    </message>
    <message>
        <source>It re-hashes every piece of evidence, walks the audit log&apos;s hash chain, checks every signature and the decision&apos;s snapshot, and names anything that does not match. The authorization code is derived from the decision and the state it was taken over, so a record whose code, hashes or signers differ from what verify reports is not this decision.</source>
        <translation>La commande recalcule l&apos;empreinte de chaque preuve, parcourt la chaîne d&apos;empreintes du journal d&apos;audit, vérifie chaque signature et l&apos;instantané de la décision, et signale tout ce qui ne concorde pas. Le code d&apos;autorisation est dérivé de la décision et de l&apos;état sur lequel elle a été prise&#xa0;: un procès-verbal dont le code, les empreintes ou les signataires diffèrent de ce qu&apos;indique verify ne correspond pas à cette décision.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Decision record: %1</source>
        <translation>Procès-verbal de décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1&#xa0;: impossible de créer le PDF</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>The decision on “%1” was not recorded: %2.</source>
        <translation>La décision concernant «&#xa0;%1&#xa0;» n&apos;a pas été enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the snapshot it kept does not hash to %1</source>
        <translation>l&apos;instantané conservé n&apos;a pas l&apos;empreinte %1</translation>
    </message>
    <message>
        <source>its authorization code %1 does not match its release, snapshot and content: the record was changed after it was made</source>
        <translation>son code d&apos;autorisation %1 ne correspond pas à sa version, à son instantané et à son contenu&#xa0;: l&apos;enregistrement a été modifié après sa création</translation>
    </message>
    <message>
        <source>the release is no longer in the state it was decided in, though the decision is in force</source>
        <translation>la version n&apos;est plus dans l&apos;état sur lequel la décision a été prise, alors que cette décision est en vigueur</translation>
    </message>
</context>
<context>
    <name>DemoRelease</name>
    <message>
        <source>The bundled demo template %1 is missing.</source>
        <translation>Le modèle de démonstration fourni %1 est introuvable.</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>format KEY=VALUE attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de variable valide (lettres, chiffres et _, sans chiffre au début)</translation>
    </message>
    <message>
        <source>the value of %1 contains a NUL character</source>
        <translation>la valeur de %1 contient un caractère NUL</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of %1</source>
        <translation>texte inattendu après le guillemet fermant de %1</translation>
    </message>
    <message>
        <source>the value of %1 opens a quote that is never closed</source>
        <translation>la valeur de %1 ouvre un guillemet qui n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>texte UTF-8 non valide</translation>
    </message>
    <message>
        <source>The env file %1 does not exist.</source>
        <translation>Le fichier d&apos;environnement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The env file %1 is a folder, not a file.</source>
        <translation>Le fichier d&apos;environnement %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The env file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier d&apos;environnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The env file %1 is larger than %2 KiB; is it the right file?</source>
        <translation>Le fichier d&apos;environnement %1 dépasse %2 Kio&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Run log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation>Résultat de sonde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>%1 is a folder, not a file: attach the files in it instead.</source>
        <translation>%1 est un dossier, pas un fichier&#xa0;: joignez plutôt les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 is a device, not a file.</source>
        <translation>%1 est un périphérique, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file.</source>
        <translation>%1 est un tube nommé (FIFO), pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file.</source>
        <translation>%1 est un socket, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Impossible de lire %1&#xa0;: autorisation refusée.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: attach the file it points to instead.</source>
        <translation>%1 est un lien symbolique&#xa0;: joignez plutôt le fichier vers lequel il pointe.</translation>
    </message>
    <message>
        <source>No file was given to attach.</source>
        <translation>Aucun fichier à joindre n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>Impossible d&apos;examiner %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was being opened: attach it again.</source>
        <translation>%1 a été remplacé par un autre fichier pendant son ouverture&#xa0;: joignez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <source>Required evidence is missing; a note does not count as evidence.</source>
        <translation>Les preuves requises sont manquantes&#xa0;; une note ne compte pas comme preuve.</translation>
    </message>
    <message>
        <source>Required evidence is missing.</source>
        <translation>Les preuves requises sont manquantes.</translation>
    </message>
    <message>
        <source>The newest evidence has no time it was added, so its age cannot be checked.</source>
        <translation>La preuve la plus récente n&apos;a pas de date d&apos;ajout&#xa0;: son ancienneté ne peut pas être vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is %1 hours old (at most %n are allowed) and was added before the item last changed (%2).</source>
        <translation>
            <numerusform>La preuve la plus récente date de %1 heures (au plus %n heure autorisée) et a été ajoutée avant la dernière modification du point (%2).</numerusform>
            <numerusform>La preuve la plus récente date de %1 heures (au plus %n heures autorisées) et a été ajoutée avant la dernière modification du point (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is %1 hours old; at most %n are allowed.</source>
        <translation>
            <numerusform>La preuve la plus récente date de %1 heures&#xa0;; au plus %n heure est autorisée.</numerusform>
            <numerusform>La preuve la plus récente date de %1 heures&#xa0;; au plus %n heures sont autorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest evidence was added before the item last changed (%1).</source>
        <translation>La preuve la plus récente a été ajoutée avant la dernière modification du point (%1).</translation>
    </message>
</context>
<context>
    <name>GateCompletionChart</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dérogé</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>libsodium could not be initialised on this machine.</source>
        <translation>Impossible d&apos;initialiser libsodium sur cette machine.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight key file: %2.</source>
        <translation>%1 n&apos;est pas un fichier de clé Greenlight&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>its format is not %1</source>
        <translation>son format n&apos;est pas %1</translation>
    </message>
    <message>
        <source>field “kdf” is not argon2id13</source>
        <translation>le champ «&#xa0;kdf&#xa0;» n&apos;est pas argon2id13</translation>
    </message>
    <message>
        <source>field “public_key” is not a base64 Ed25519 key</source>
        <translation>le champ «&#xa0;public_key&#xa0;» n&apos;est pas une clé Ed25519 en base64</translation>
    </message>
    <message>
        <source>field “salt”, “nonce” or “secret_key” is damaged</source>
        <translation>le champ «&#xa0;salt&#xa0;», «&#xa0;nonce&#xa0;» ou «&#xa0;secret_key&#xa0;» est endommagé</translation>
    </message>
    <message>
        <source>field “opslimit” or “memlimit” is out of range</source>
        <translation>le champ «&#xa0;opslimit&#xa0;» ou «&#xa0;memlimit&#xa0;» est hors limites</translation>
    </message>
    <message>
        <source>its fingerprint does not match its public key</source>
        <translation>son empreinte ne correspond pas à sa clé publique</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Impossible de créer le dossier de clés %1.</translation>
    </message>
    <message>
        <source>This is not a Greenlight public key: it must start with “%1”.</source>
        <translation>Ce n&apos;est pas une clé publique Greenlight&#xa0;: elle doit commencer par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The public key is not a base64 Ed25519 key.</source>
        <translation>La clé publique n&apos;est pas une clé Ed25519 en base64.</translation>
    </message>
    <message>
        <source>The public key&apos;s fingerprint %1 does not match the key (%2): it was changed or cut.</source>
        <translation>L&apos;empreinte %1 de la clé publique ne correspond pas à la clé (%2)&#xa0;: celle-ci a été modifiée ou tronquée.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Une phrase secrète doit contenir au moins %n caractère.</numerusform>
            <numerusform>Une phrase secrète doit contenir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key (Argon2id needs %1 MiB).</source>
        <translation>Mémoire insuffisante pour protéger la clé (Argon2id nécessite %1 Mio).</translation>
    </message>
    <message>
        <source>“%1” is not a key fingerprint.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte de clé.</translation>
    </message>
    <message>
        <source>The private key %1 is not on this machine (looked for %2). Create a key with “greenlight key create” or import the key file made on another machine with “greenlight key import”.</source>
        <translation>La clé privée %1 n&apos;est pas sur cette machine (emplacement recherché&#xa0;: %2). Créez une clé avec «&#xa0;greenlight key create&#xa0;» ou importez le fichier de clé créé sur une autre machine avec «&#xa0;greenlight key import&#xa0;».</translation>
    </message>
    <message>
        <source>The key file %1 holds the key %2, not %3.</source>
        <translation>Le fichier de clé %1 contient la clé %2, et non %3.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key.</source>
        <translation>Mémoire insuffisante pour ouvrir la clé.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1.</source>
        <translation>Phrase secrète incorrecte pour la clé %1.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: its halves do not match.</source>
        <translation>Le fichier de clé %1 est endommagé&#xa0;: ses deux moitiés ne concordent pas.</translation>
    </message>
    <message>
        <source>A different key file for %1 is already on this machine (%2); it was left as it is.</source>
        <translation>Un autre fichier de clé pour %1 existe déjà sur cette machine (%2)&#xa0;; il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Impossible d&apos;importer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a binary file, not Markdown text.</source>
        <translation>il s&apos;agit d&apos;un fichier binaire, pas de texte Markdown.</translation>
    </message>
    <message>
        <source>it is a binary file (it contains NUL bytes), not Markdown text.</source>
        <translation>il s&apos;agit d&apos;un fichier binaire (il contient des octets NUL), pas de texte Markdown.</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8; %n byte(s) were read as Windows-1252.</source>
        <translation>
            <numerusform>Le fichier n&apos;est pas en UTF-8 valide&#xa0;; %n octet a été lu en Windows-1252.</numerusform>
            <numerusform>Le fichier n&apos;est pas en UTF-8 valide&#xa0;; %n octets ont été lus en Windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is %1 MiB, over the limit of 16 MiB.</source>
        <translation>le fichier fait %1 Mio, au-delà de la limite de 16 Mio.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n piece(s) of text garbled by a wrong encoding (mojibake).</source>
        <translation>
            <numerusform>%n passage de texte altéré par un mauvais encodage (mojibake) a été réparé.</numerusform>
            <numerusform>%n passages de texte altérés par un mauvais encodage (mojibake) ont été réparés.</numerusform>
        </translation>
    </message>
    <message>
        <source>no gates, items or metrics found (no task lists, labelled items, shell blocks or metric tables).</source>
        <translation>aucun jalon, point ou indicateur trouvé (ni listes de tâches, ni points étiquetés, ni blocs shell, ni tableaux d&apos;indicateurs).</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>MetricFeed</name>
    <message>
        <source>%1 is %2 bytes, more than a report may hold (%3 bytes).</source>
        <translation>%1 fait %2 octets, plus que la taille autorisée pour un rapport (%3 octets).</translation>
    </message>
    <message>
        <source>%1 gives no %2 (%3).</source>
        <translation>%1 ne fournit aucune valeur pour %2 (%3).</translation>
    </message>
</context>
<context>
    <name>MetricTableReader</name>
    <message>
        <source>“%1” is marked as met but %2 does not satisfy %3</source>
        <translation>«&#xa0;%1&#xa0;» est marqué comme atteint, mais %2 ne satisfait pas %3</translation>
    </message>
    <message>
        <source>“%1” is marked as not met but %2 satisfies %3</source>
        <translation>«&#xa0;%1&#xa0;» est marqué comme non atteint, mais %2 satisfait %3</translation>
    </message>
</context>
<context>
    <name>Mitigation</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>PassRule</name>
    <message>
        <source>Pass rule pattern “%1” is not a valid regular expression: %2 at offset %3</source>
        <translation>Le motif «&#xa0;%1&#xa0;» de la règle de réussite n&apos;est pas une expression régulière valide&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>exited with code %1 (expected %2)</source>
        <translation>terminé avec le code %1 (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>output does not match “%1”</source>
        <translation>la sortie ne correspond pas à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>output matches “%1”, which it must not</source>
        <translation>la sortie correspond à «&#xa0;%1&#xa0;», ce qui est interdit</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Gate &quot;%1&quot; is incomplete: %2 of %3 items done</source>
        <translation>Le jalon «&#xa0;%1&#xa0;» est incomplet&#xa0;: %2 points terminés sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échoué</numerusform>
            <numerusform>%n échoués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqué</numerusform>
            <numerusform>%n bloqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconclusive</source>
        <translation>
            <numerusform>%n non concluant</numerusform>
            <numerusform>%n non concluants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n non commencé</numerusform>
            <numerusform>%n non commencés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired waiver</source>
        <translation>
            <numerusform>%n avec une dérogation expirée</numerusform>
            <numerusform>%n avec une dérogation expirée</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed items without fresh required evidence: %1 missing, %2 stale.</source>
        <translation>Points réussis sans preuves requises à jour&#xa0;: preuves manquantes pour %1, périmées pour %2.</translation>
    </message>
    <message>
        <source>Passed items without required evidence: %1.</source>
        <translation>Points réussis sans les preuves requises&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Passed items with stale required evidence: %1.</source>
        <translation>Points réussis dont les preuves requises sont périmées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>CONDITIONAL GO</source>
        <translation>CONDITIONAL GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>current %1, required %2</source>
        <translation>actuel %1, requis %2</translation>
    </message>
    <message>
        <source>current %1 is not a number</source>
        <translation>la valeur actuelle %1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>current %1</source>
        <translation>actuel %1</translation>
    </message>
    <message>
        <source>Blocker metric &quot;%1&quot; is not met: %2</source>
        <translation>L&apos;indicateur bloquant «&#xa0;%1&#xa0;» n&apos;est pas atteint&#xa0;: %2</translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; is not met: %2</source>
        <translation>L&apos;indicateur «&#xa0;%1&#xa0;» n&apos;est pas atteint&#xa0;: %2</translation>
    </message>
    <message>
        <source>GO criterion not met: %1</source>
        <translation>Critère GO non atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>NO-GO criterion holds: %1</source>
        <translation>Critère NO-GO vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>NO-GO criterion holds</source>
        <translation>Critère NO-GO vérifié</translation>
    </message>
    <message>
        <source>Blocker item &quot;%1&quot;: %2</source>
        <translation>Point bloquant «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The release has no items.</source>
        <translation>La version ne comporte aucun point.</translation>
    </message>
    <message>
        <source>Readiness %1 % is below the target of %2 %.</source>
        <translation>La préparation de %1&#xa0;% est inférieure à l&apos;objectif de %2&#xa0;%.</translation>
    </message>
    <message>
        <source>GO: every gate is complete, every metric is met, every GO criterion holds, no NO-GO criterion holds and every passed item has the evidence it requires.</source>
        <translation>GO&#xa0;: tous les jalons sont terminés, tous les indicateurs sont atteints, tous les critères GO sont vérifiés, aucun critère NO-GO n&apos;est vérifié et chaque point réussi dispose des preuves requises.</translation>
    </message>
    <message>
        <source>CONDITIONAL GO: no blocker is open and readiness %1 % reaches the target of %2 %.</source>
        <translation>CONDITIONAL GO&#xa0;: aucun bloquant n&apos;est ouvert et la préparation de %1&#xa0;% atteint l&apos;objectif de %2&#xa0;%.</translation>
    </message>
    <message numerus="yes">
        <source>NO-GO: %n blocker(s) open and readiness %1 % is below the target of %2 %.</source>
        <translation>
            <numerusform>NO-GO&#xa0;: %n bloquant ouvert et préparation de %1&#xa0;% inférieure à l&apos;objectif de %2&#xa0;%.</numerusform>
            <numerusform>NO-GO&#xa0;: %n bloquants ouverts et préparation de %1&#xa0;% inférieure à l&apos;objectif de %2&#xa0;%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NO-GO: %n blocker(s) open.</source>
        <translation>
            <numerusform>NO-GO&#xa0;: %n bloquant ouvert.</numerusform>
            <numerusform>NO-GO&#xa0;: %n bloquants ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>NO-GO: readiness %1 % is below the target of %2 %.</source>
        <translation>NO-GO&#xa0;: la préparation de %1&#xa0;% est inférieure à l&apos;objectif de %2&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>ReleaseOverview</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>ReportCoverage</name>
    <message>
        <source>no &quot;total&quot; object: not an Istanbul or Vitest coverage summary</source>
        <translation>pas d&apos;objet «&#xa0;total&#xa0;»&#xa0;: ce n&apos;est pas un résumé de couverture Istanbul ou Vitest</translation>
    </message>
    <message>
        <source>total has no &quot;lines&quot;: not an Istanbul or Vitest coverage summary</source>
        <translation>total n&apos;a pas de «&#xa0;lines&#xa0;»&#xa0;: ce n&apos;est pas un résumé de couverture Istanbul ou Vitest</translation>
    </message>
    <message>
        <source>total.lines.pct is &quot;Unknown&quot;: the report measured no lines</source>
        <translation>total.lines.pct vaut «&#xa0;Unknown&#xa0;»&#xa0;: le rapport n&apos;a mesuré aucune ligne</translation>
    </message>
    <message>
        <source>%1 has no pct</source>
        <translation>%1 n&apos;a pas de pct</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not Cobertura&apos;s &lt;coverage&gt;</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, et non &lt;coverage&gt; de Cobertura</translation>
    </message>
    <message>
        <source>&lt;coverage&gt; has no line-rate attribute: not a Cobertura report</source>
        <translation>&lt;coverage&gt; n&apos;a pas d&apos;attribut line-rate&#xa0;: ce n&apos;est pas un rapport Cobertura</translation>
    </message>
    <message>
        <source>lines-valid is 0: the report measured no lines</source>
        <translation>lines-valid vaut 0&#xa0;: le rapport n&apos;a mesuré aucune ligne</translation>
    </message>
</context>
<context>
    <name>ReportJUnit</name>
    <message>
        <source>the root element is &lt;%1&gt;, not JUnit&apos;s &lt;testsuites&gt; or &lt;testsuite&gt;</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, et non &lt;testsuites&gt; ou &lt;testsuite&gt; de JUnit</translation>
    </message>
    <message>
        <source>the failures, errors and skipped attributes add up to more than tests (%1)</source>
        <translation>la somme des attributs failures, errors et skipped dépasse tests (%1)</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>objects and arrays nest deeper than %1 levels</source>
        <translation>les objets et tableaux sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>more than %1 objects and arrays</source>
        <translation>plus de %1 objets et tableaux</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the report is a JSON array, not an object</source>
        <translation>le rapport est un tableau JSON, pas un objet</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>ReportLcov</name>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la ligne n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>end_of_record without a record (no SF: before it)</source>
        <translation>end_of_record sans enregistrement (aucun SF: avant)</translation>
    </message>
    <message>
        <source>the record starting on line %1 says %2 of %3 were hit</source>
        <translation>l&apos;enregistrement commençant à la ligne %1 indique %2 sur %3 couverts</translation>
    </message>
    <message>
        <source>not an lcov line (KEY:value or end_of_record)</source>
        <translation>ce n&apos;est pas une ligne lcov (KEY:value ou end_of_record)</translation>
    </message>
    <message>
        <source>SF: starts a record before the one starting on line %1 ended (end_of_record)</source>
        <translation>SF: ouvre un enregistrement avant la fin de celui commençant à la ligne %1 (end_of_record)</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>plus de %1 enregistrements</translation>
    </message>
    <message>
        <source>%1: outside a record (no SF: before it)</source>
        <translation>%1&#xa0;: hors d&apos;un enregistrement (aucun SF: avant)</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a count (a whole number, 0 or more)</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», et non un décompte (nombre entier, 0 ou plus)</translation>
    </message>
    <message>
        <source>DA: is not DA:&lt;line&gt;,&lt;count&gt;</source>
        <translation>DA: n&apos;a pas la forme DA:&lt;line&gt;,&lt;count&gt;</translation>
    </message>
    <message>
        <source>the execution count of DA: is &quot;%1&quot;, not a count (a whole number, 0 or more)</source>
        <translation>le nombre d&apos;exécutions de DA: vaut «&#xa0;%1&#xa0;», et non un décompte (nombre entier, 0 ou plus)</translation>
    </message>
    <message>
        <source>BRDA: is not BRDA:&lt;line&gt;,&lt;block&gt;,&lt;branch&gt;,&lt;taken&gt;</source>
        <translation>BRDA: n&apos;a pas la forme BRDA:&lt;line&gt;,&lt;block&gt;,&lt;branch&gt;,&lt;taken&gt;</translation>
    </message>
    <message>
        <source>the taken count of BRDA: is &quot;%1&quot;, not a count or &quot;-&quot;</source>
        <translation>la valeur taken de BRDA: vaut «&#xa0;%1&#xa0;», qui n&apos;est ni un décompte ni «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>the file ends inside the record starting on line %1 (no end_of_record): truncated?</source>
        <translation>le fichier se termine à l&apos;intérieur de l&apos;enregistrement commençant à la ligne %1 (pas de end_of_record)&#xa0;: tronqué&#xa0;?</translation>
    </message>
    <message>
        <source>no lcov record (SF: ... end_of_record) found</source>
        <translation>aucun enregistrement lcov (SF: ... end_of_record) trouvé</translation>
    </message>
    <message>
        <source>no record has any lines (LF or DA): the report measured no lines</source>
        <translation>aucun enregistrement ne contient de lignes (LF ou DA)&#xa0;: le rapport n&apos;a mesuré aucune ligne</translation>
    </message>
</context>
<context>
    <name>ReportNpmAudit</name>
    <message>
        <source>npm audit itself failed: %1: %2</source>
        <translation>npm audit lui-même a échoué&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>neither &quot;advisories&quot; (npm 6) nor &quot;vulnerabilities&quot; (npm 7 and later): not an npm audit report</source>
        <translation>ni «&#xa0;advisories&#xa0;» (npm 6) ni «&#xa0;vulnerabilities&#xa0;» (npm 7 et versions ultérieures)&#xa0;: ce n&apos;est pas un rapport npm audit</translation>
    </message>
    <message>
        <source>%1.severity is &quot;%2&quot;, not one of critical, high, moderate, low, info</source>
        <translation>%1.severity vaut «&#xa0;%2&#xa0;», qui n&apos;est pas l&apos;une des valeurs critical, high, moderate, low, info</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>%1 is %2, not a count (a whole number, 0 or more)</source>
        <translation>%1 vaut %2, et non un décompte (nombre entier, 0 ou plus)</translation>
    </message>
    <message>
        <source>%1 is %2, too large to be a count</source>
        <translation>%1 vaut %2, trop grand pour un décompte</translation>
    </message>
    <message>
        <source>%1 is %2, outside 0..%3</source>
        <translation>%1 vaut %2, hors de 0..%3</translation>
    </message>
    <message>
        <source>JUnit test results</source>
        <translation>Résultats de tests JUnit</translation>
    </message>
    <message>
        <source>Coverage (Istanbul, Vitest, Cobertura, lcov)</source>
        <translation>Couverture (Istanbul, Vitest, Cobertura, lcov)</translation>
    </message>
    <message>
        <source>npm audit</source>
        <translation>npm audit</translation>
    </message>
    <message>
        <source>SARIF findings</source>
        <translation>Constats SARIF</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <source>Line coverage (%)</source>
        <translation>Couverture des lignes (%)</translation>
    </message>
    <message>
        <source>Branch coverage (%)</source>
        <translation>Couverture des branches (%)</translation>
    </message>
    <message>
        <source>Function coverage (%)</source>
        <translation>Couverture des fonctions (%)</translation>
    </message>
    <message>
        <source>Statement coverage (%)</source>
        <translation>Couverture des instructions (%)</translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation>Constats (critique)</translation>
    </message>
    <message>
        <source>High findings</source>
        <translation>Constats (élevé)</translation>
    </message>
    <message>
        <source>Moderate findings</source>
        <translation>Constats (modéré)</translation>
    </message>
    <message>
        <source>Medium findings</source>
        <translation>Constats (moyen)</translation>
    </message>
    <message>
        <source>Low findings</source>
        <translation>Constats (faible)</translation>
    </message>
    <message>
        <source>Informational findings</source>
        <translation>Constats (information)</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Critical plus high findings</source>
        <translation>Constats (critique et élevé)</translation>
    </message>
    <message>
        <source>the file is %1 bytes; reports larger than %2 MiB are refused</source>
        <translation>le fichier fait %1 octets&#xa0;; les rapports de plus de %2 Mio sont refusés</translation>
    </message>
    <message>
        <source>not a report Greenlight can read (JUnit XML, coverage-summary.json, Cobertura XML, lcov, npm audit JSON, SARIF)</source>
        <translation>ce n&apos;est pas un rapport lisible par Greenlight (JUnit XML, coverage-summary.json, Cobertura XML, lcov, npm audit JSON, SARIF)</translation>
    </message>
    <message>
        <source>unknown report parser &quot;%1&quot;; known: %2</source>
        <translation>analyseur de rapport «&#xa0;%1&#xa0;» inconnu&#xa0;; analyseurs connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (this looks like %2: read it with the %3 parser)</source>
        <translation>%1 (il semble s&apos;agir de %2&#xa0;: lisez-le avec l&apos;analyseur %3)</translation>
    </message>
</context>
<context>
    <name>ReportSarif</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>no &quot;runs&quot;: not a SARIF log</source>
        <translation>pas de «&#xa0;runs&#xa0;»&#xa0;: ce n&apos;est pas un journal SARIF</translation>
    </message>
    <message>
        <source>SARIF version &quot;%1&quot; is not supported; Greenlight reads 2.1.0</source>
        <translation>la version SARIF «&#xa0;%1&#xa0;» n&apos;est pas prise en charge&#xa0;; Greenlight lit la version 2.1.0</translation>
    </message>
    <message>
        <source>%1.rule.toolComponent.index %2 names no extension of the run&apos;s tool</source>
        <translation>%1.rule.toolComponent.index %2 ne désigne aucune extension de l&apos;outil de l&apos;exécution SARIF</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2, outside %3 (%n rule(s))</source>
        <translation>
            <numerusform>%1 vaut %2, hors de %3 (%n règle)</numerusform>
            <numerusform>%1 vaut %2, hors de %3 (%n règles)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.kind is not a string</source>
        <translation>%1.kind n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1.level is not a string</source>
        <translation>%1.level n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1.kind is &quot;%2&quot;, not a SARIF result kind</source>
        <translation>%1.kind vaut «&#xa0;%2&#xa0;», qui n&apos;est pas un type de résultat SARIF</translation>
    </message>
    <message>
        <source>%1: level &quot;%2&quot; is not one of none, note, warning, error</source>
        <translation>%1&#xa0;: level vaut «&#xa0;%2&#xa0;», qui n&apos;est pas l&apos;une des valeurs none, note, warning, error</translation>
    </message>
</context>
<context>
    <name>ReportXml</name>
    <message>
        <source>a DOCTYPE with declarations (an internal subset) is not allowed in a report: DTDs and entities are refused</source>
        <translation>un DOCTYPE avec des déclarations (sous-ensemble interne) n&apos;est pas autorisé dans un rapport&#xa0;: les DTD et les entités sont refusées</translation>
    </message>
    <message>
        <source>a DOCTYPE naming the DTD &quot;%1&quot; is not allowed in a report: only a web address, never read, is</source>
        <translation>un DOCTYPE qui nomme la DTD «&#xa0;%1&#xa0;» n&apos;est pas autorisé dans un rapport&#xa0;: seule une adresse web, jamais lue, est admise</translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is not allowed in a report</source>
        <translation>la référence d&apos;entité &amp;%1; n&apos;est pas autorisée dans un rapport</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>attribute %1=&quot;%2&quot; of &lt;%3&gt; is not a number</source>
        <translation>l&apos;attribut %1=&quot;%2&quot; de &lt;%3&gt; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt;</source>
        <translation>attribut %1 de &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ShellBlockReader</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approve GO</source>
        <translation>Approuver (GO)</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Reject NO-GO</source>
        <translation>Refuser (NO-GO)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>la vérification de la signature échoue</translation>
    </message>
    <message>
        <source>replaced by a later sign-off of the same person</source>
        <translation>remplacée par une approbation ultérieure de la même personne</translation>
    </message>
    <message>
        <source>the release changed after it was signed</source>
        <translation>la version a changé après la signature</translation>
    </message>
    <message>
        <source>separation of duties: %1 made the last change and cannot be the only approver</source>
        <translation>séparation des tâches&#xa0;: %1 a effectué la dernière modification et ne peut pas être la seule personne à approuver</translation>
    </message>
</context>
<context>
    <name>SignOffs</name>
    <message>
        <source>its stakeholder is not in this workspace</source>
        <translation>sa partie prenante ne figure pas dans cet espace de travail</translation>
    </message>
    <message>
        <source>its key is not one of %1&apos;s keys</source>
        <translation>sa clé ne fait pas partie des clés de %1</translation>
    </message>
    <message>
        <source>its key fingerprint %1 does not match the stored key %2</source>
        <translation>l&apos;empreinte %1 de sa clé ne correspond pas à la clé enregistrée %2</translation>
    </message>
    <message>
        <source>the snapshot it kept does not hash to %1</source>
        <translation>l&apos;instantané conservé n&apos;a pas l&apos;empreinte %1</translation>
    </message>
    <message>
        <source>the signature does not match this release and what it names</source>
        <translation>la signature ne correspond pas à cette version et à ce qu&apos;elle désigne</translation>
    </message>
    <message>
        <source>it is dated after its key was retired (%1)</source>
        <translation>elle est postérieure au retrait de sa clé (%1)</translation>
    </message>
    <message>
        <source>the release&apos;s snapshot differs in a way that cannot be shown field by field</source>
        <translation>l&apos;instantané de la version diffère d&apos;une manière qui ne peut pas être détaillée champ par champ</translation>
    </message>
    <message>
        <source>%1 has no key yet: create one with “greenlight key create %1”.</source>
        <translation>%1 n&apos;a pas encore de clé&#xa0;: créez-en une avec «&#xa0;greenlight key create %1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 does not hold the role “%2” (their roles: %3).</source>
        <translation>%1 n&apos;a pas le rôle «&#xa0;%2&#xa0;» (ses rôles&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The private key on this machine does not match %1&apos;s key %2 in the workspace; nothing was signed.</source>
        <translation>La clé privée de cette machine ne correspond pas à la clé %2 de %1 dans l&apos;espace de travail&#xa0;; rien n&apos;a été signé.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>target readiness</source>
        <translation>préparation cible</translation>
    </message>
    <message>
        <source>working folder</source>
        <translation>dossier de travail</translation>
    </message>
    <message>
        <source>environment file</source>
        <translation>fichier d&apos;environnement</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>requires the previous gate</source>
        <translation>requiert le jalon précédent</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>pass criteria</source>
        <translation>critères de réussite</translation>
    </message>
    <message>
        <source>expected evidence</source>
        <translation>preuves attendues</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>responsables</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>CI job</source>
        <translation>tâche CI</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>motif du statut</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>waiver expiry</source>
        <translation>expiration de la dérogation</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>sonde</translation>
    </message>
    <message>
        <source>expected exit code</source>
        <translation>code de sortie attendu</translation>
    </message>
    <message>
        <source>output pattern</source>
        <translation>motif de sortie</translation>
    </message>
    <message>
        <source>output must match</source>
        <translation>la sortie doit correspondre</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai d&apos;expiration</translation>
    </message>
    <message>
        <source>evidence required</source>
        <translation>preuves requises</translation>
    </message>
    <message>
        <source>evidence maximum age</source>
        <translation>ancienneté maximale des preuves</translation>
    </message>
    <message>
        <source>evidence newer than the last change</source>
        <translation>preuves postérieures à la dernière modification</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>required (as written)</source>
        <translation>requis (tel que saisi)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>current (as written)</source>
        <translation>actuel (tel que saisi)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>item removed: %1</source>
        <translation>point supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>item added: %1</source>
        <translation>point ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>déplacé de la position %1 à la position %2</translation>
    </message>
    <message>
        <source>evidence removed: %1</source>
        <translation>preuve supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>evidence added: %1</source>
        <translation>preuve ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Jalon %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
</context>
<context>
    <name>StartWorkspace</name>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Greenlight cannot open %1:
%2</source>
        <translation>Greenlight ne peut pas ouvrir %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Ouvrir un autre…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Greenlight workspaces (*.greenlight);;All files (*)</source>
        <translation>Espaces de travail Greenlight (*.greenlight);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>WidgetPrompter</name>
    <message>
        <source>Add Link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>Titre du lien</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be attached, like https://ci.example.com/job/42.</source>
        <translation>Seules les adresses http et https peuvent être jointes, par exemple https://ci.example.com/job/42.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>&amp;Note (kept as plain text; a note alone does not count as required evidence):</source>
        <translation>&amp;Note (enregistrée en texte brut&#xa0;; une note seule ne compte pas comme preuve exigée)&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>writing the audit log</source>
        <translation>l&apos;écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>la lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>its content was changed after it was written (its SHA-256 is not the one it holds)</source>
        <translation>son contenu a été modifié après son écriture (son SHA-256 n&apos;est pas celui qu&apos;elle contient)</translation>
    </message>
    <message>
        <source>it is not the first row written, yet no row is before it: the rows before it were removed</source>
        <translation>ce n&apos;est pas la première ligne écrite, et pourtant aucune ligne ne la précède&#xa0;: les lignes précédentes ont été supprimées</translation>
    </message>
    <message>
        <source>it does not follow row %1: a row between them was removed, or rows were inserted or reordered</source>
        <translation>elle ne suit pas la ligne %1&#xa0;: une ligne intermédiaire a été supprimée, ou des lignes ont été insérées ou réordonnées</translation>
    </message>
    <message>
        <source>the trigger %1 that keeps recorded rows from being changed was removed</source>
        <translation>le déclencheur %1, qui empêche la modification des lignes enregistrées, a été supprimé</translation>
    </message>
    <message>
        <source>chaining the audit log</source>
        <translation>l&apos;opération de chaînage du journal d&apos;audit</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver gives no sqlite3 handle.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le pilote SQLite de Qt ne fournit pas de descripteur sqlite3.</translation>
    </message>
    <message>
        <source>Cannot open %1: the connection is closed.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: la connexion est fermée.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1&#xa0;: échec de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: SQLite cannot use write-ahead logging for this file (journal mode stays &quot;%2&quot;).</source>
        <translation>%1&#xa0;: SQLite ne peut pas utiliser la journalisation anticipée (WAL) pour ce fichier (le mode de journal reste «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: could not write the backup %2 before migrating: %3. The workspace was not migrated.</source>
        <translation>%1&#xa0;: impossible d&apos;écrire la sauvegarde %2 avant la migration&#xa0;: %3. L&apos;espace de travail n&apos;a pas été migré.</translation>
    </message>
    <message>
        <source>it has application_id 0x%1 and schema %2</source>
        <translation>elle a l&apos;application_id 0x%1 et le schéma %2</translation>
    </message>
    <message>
        <source>%1: the backup %2 written before migrating failed its check (%3). The workspace was not migrated.</source>
        <translation>%1&#xa0;: la sauvegarde %2 écrite avant la migration n&apos;a pas passé la vérification (%3). L&apos;espace de travail n&apos;a pas été migré.</translation>
    </message>
    <message>
        <source>%1 is a damaged database: SQLite reports &quot;%2&quot;. The file was not changed; restore it from a backup (a .bak file next to it).</source>
        <translation>%1 est une base de données endommagée&#xa0;: SQLite signale «&#xa0;%2&#xa0;». Le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde (le fichier .bak situé à côté).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged database: SQLite&apos;s quick_check reports &quot;%2&quot;. The file was not changed; restore it from a backup (a .bak file next to it).</source>
        <translation>%1 est une base de données endommagée&#xa0;: le quick_check de SQLite signale «&#xa0;%2&#xa0;». Le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde (le fichier .bak situé à côté).</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is the SQLite database of another application (application_id 0x%2). The file was not changed.</source>
        <translation>%1 n&apos;est pas un espace de travail Greenlight&#xa0;: c&apos;est la base de données SQLite d&apos;une autre application (application_id 0x%2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Greenlight: schema %2, this build knows %3. Update Greenlight to open it; the file was not changed.</source>
        <translation>%1 a été créé par une version plus récente de Greenlight (schéma %2&#xa0;; cette installation gère le schéma %3). Mettez à jour Greenlight pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is not an SQLite database (it does not start with the SQLite header). The file was not changed.</source>
        <translation>%1 n&apos;est pas un espace de travail Greenlight&#xa0;: ce n&apos;est pas une base de données SQLite (il ne commence pas par l&apos;en-tête SQLite). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a damaged database: it ends inside the 100-byte SQLite header. The file was not changed.</source>
        <translation>%1 est une base de données endommagée&#xa0;: le fichier s&apos;arrête au milieu de l&apos;en-tête SQLite de 100 octets. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is an SQLite database that holds tables of its own and has no Greenlight application_id. The file was not changed.</source>
        <translation>%1 n&apos;est pas un espace de travail Greenlight&#xa0;: c&apos;est une base de données SQLite qui contient ses propres tables et n&apos;a pas d&apos;application_id Greenlight. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>reading release %1</source>
        <translation>la lecture de la version %1</translation>
    </message>
    <message>
        <source>There is no release with id %1 in %2.</source>
        <translation>%2 ne contient aucune version d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>updating release %1</source>
        <translation>la mise à jour de la version %1</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Aucun fichier d&apos;espace de travail n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The migration ladder must number its steps 1, 2, 3 ...</source>
        <translation>Les étapes de la séquence de migration doivent être numérotées 1, 2, 3, etc.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Impossible de créer le dossier %1 pour l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is missing.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le pilote SQLite de Qt (QSQLITE) est introuvable.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> A backup taken before migrating is at %1.</source>
        <translation> Une sauvegarde créée avant la migration se trouve ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: migrating to schema %2 (%3) failed, the file stays at schema %4. %5%6</source>
        <translation>%1&#xa0;: échec de la migration vers le schéma %2 (%3), le fichier reste au schéma %4. %5%6</translation>
    </message>
    <message>
        <source>listing the releases</source>
        <translation>la lecture de la liste des versions</translation>
    </message>
    <message>
        <source>reading the gates of release %1</source>
        <translation>la lecture des jalons de la version %1</translation>
    </message>
    <message>
        <source>reading the metrics of release %1</source>
        <translation>la lecture des indicateurs de la version %1</translation>
    </message>
    <message>
        <source>reading the criteria of release %1</source>
        <translation>la lecture des critères de la version %1</translation>
    </message>
    <message>
        <source>reading the decisions of release %1</source>
        <translation>la lecture des décisions de la version %1</translation>
    </message>
    <message>
        <source>reading the mitigations of release %1</source>
        <translation>la lecture des mesures d&apos;atténuation de la version %1</translation>
    </message>
    <message>
        <source>reading the decision of release %1</source>
        <translation>la lecture de la décision de la version %1</translation>
    </message>
    <message>
        <source>Release “%1” is frozen by its decision %2 (%3, %4): nothing in it can change until it is reopened (greenlight reopen RELEASE --reason TEXT).</source>
        <translation>La version «&#xa0;%1&#xa0;» est figée par sa décision %2 (%3, %4)&#xa0;: rien ne peut y être modifié tant qu&apos;elle n&apos;est pas rouverte (greenlight reopen RELEASE --reason TEXT).</translation>
    </message>
    <message>
        <source>Release “%1” changed while the decision was being recorded; nothing was recorded.</source>
        <translation>La version «&#xa0;%1&#xa0;» a été modifiée pendant l&apos;enregistrement de la décision&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Someone signed off release “%1” while the decision was being recorded; nothing was recorded. Look at the sign-offs and decide again.</source>
        <translation>Quelqu&apos;un a approuvé la version «&#xa0;%1&#xa0;» pendant l&apos;enregistrement de la décision&#xa0;; rien n&apos;a été enregistré. Consultez les approbations, puis décidez à nouveau.</translation>
    </message>
    <message>
        <source>recording the decision of release %1</source>
        <translation>l&apos;enregistrement de la décision de la version %1</translation>
    </message>
    <message>
        <source>recording mitigation %1</source>
        <translation>l&apos;enregistrement de la mesure d&apos;atténuation %1</translation>
    </message>
    <message>
        <source>Reopening a release needs a reason.</source>
        <translation>La réouverture d&apos;une version exige un motif.</translation>
    </message>
    <message>
        <source>Release %1 has no decision in force: there is nothing to reopen.</source>
        <translation>La version %1 n&apos;a aucune décision en vigueur&#xa0;: il n&apos;y a rien à rouvrir.</translation>
    </message>
    <message>
        <source>reopening release %1</source>
        <translation>la réouverture de la version %1</translation>
    </message>
    <message>
        <source>reading mitigation %1</source>
        <translation>la lecture de la mesure d&apos;atténuation %1</translation>
    </message>
    <message>
        <source>There is no mitigation with id %1 in %2.</source>
        <translation>%2 ne contient aucune mesure d&apos;atténuation d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation>la lecture de la preuve %1</translation>
    </message>
    <message>
        <source>There is no evidence with id %1 in the release of mitigation %2.</source>
        <translation>La version de la mesure d&apos;atténuation %2 ne contient aucune preuve d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>updating mitigation %1</source>
        <translation>la mise à jour de la mesure d&apos;atténuation %1</translation>
    </message>
    <message>
        <source>reading the evidence of item %1</source>
        <translation>la lecture des preuves du point %1</translation>
    </message>
    <message>
        <source>The evidence it requires is missing.</source>
        <translation>La preuve exigée est manquante.</translation>
    </message>
    <message>
        <source>Its newest evidence is too old for what it requires.</source>
        <translation>Sa preuve la plus récente est trop ancienne par rapport à l&apos;exigence.</translation>
    </message>
    <message>
        <source>Item %1 cannot be passed without a reason: %2 Give a reason to pass it anyway.</source>
        <translation>Le point %1 ne peut pas être marqué comme réussi sans motif&#xa0;: %2 Indiquez un motif pour le marquer quand même comme réussi.</translation>
    </message>
    <message>
        <source>Item %1: the evidence&apos;s maximum age must be 0 (any age) or a number of hours, not %2.</source>
        <translation>Point %1&#xa0;: l&apos;âge maximal des preuves doit être 0 (aucune limite) ou un nombre d&apos;heures, et non %2.</translation>
    </message>
    <message>
        <source>Item %1 is a group: its items carry the evidence, so require it of them instead.</source>
        <translation>Le point %1 est un groupe&#xa0;: les preuves sont portées par ses points&#xa0;; exigez-les plutôt au niveau de ceux-ci.</translation>
    </message>
    <message>
        <source>Item %1 is a group: attach evidence to the items in it.</source>
        <translation>Le point %1 est un groupe&#xa0;: joignez les preuves aux points qu&apos;il contient.</translation>
    </message>
    <message>
        <source>attaching evidence to item %1</source>
        <translation>l&apos;ajout d&apos;une preuve au point %1</translation>
    </message>
    <message>
        <source>Attaching %1 was cancelled: nothing was stored.</source>
        <translation>L&apos;ajout de %1 a été annulé&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Attaching %1: %2</source>
        <translation>Ajout de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be attached to item %2: only web addresses (http or https) can be.</source>
        <translation>Impossible de joindre «&#xa0;%1&#xa0;» au point %2&#xa0;: seules les adresses web (http ou https) peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>The link for item %1 contains a user name or password: attach it without them.</source>
        <translation>Le lien du point %1 contient un nom d&apos;utilisateur ou un mot de passe&#xa0;: joignez-le sans ces informations.</translation>
    </message>
    <message>
        <source>A note for item %1 needs some text: it is empty.</source>
        <translation>Une note pour le point %1 doit contenir du texte&#xa0;: elle est vide.</translation>
    </message>
    <message>
        <source>There is no evidence with id %1 in %2.</source>
        <translation>%2 ne contient aucune preuve d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” is what a run recorded: it stays with its run in the item&apos;s history.</source>
        <translation>La preuve %1 «&#xa0;%2&#xa0;» a été enregistrée par une exécution&#xa0;: elle reste associée à cette exécution dans l&apos;historique du point.</translation>
    </message>
    <message>
        <source>removing evidence %1</source>
        <translation>la suppression de la preuve %1</translation>
    </message>
    <message>
        <source>saving what item %1 requires of its evidence</source>
        <translation>l&apos;enregistrement des exigences de preuve du point %1</translation>
    </message>
    <message>
        <source>Metric %1: a source needs a parser and a field (“%2”, “%3” given).</source>
        <translation>Indicateur %1&#xa0;: une source exige un analyseur et un champ (valeurs indiquées&#xa0;: «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>reading metric %1</source>
        <translation>la lecture de l&apos;indicateur %1</translation>
    </message>
    <message>
        <source>There is no metric with id %1 in %2.</source>
        <translation>%2 ne contient aucun indicateur d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Metric %1 “%2” cannot take its value from item %3: that item belongs to another release.</source>
        <translation>L&apos;indicateur %1 «&#xa0;%2&#xa0;» ne peut pas tirer sa valeur du point %3&#xa0;: ce point appartient à une autre version.</translation>
    </message>
    <message>
        <source>Metric %1 “%2” cannot take its value from item %3: it is a group, and only the items in it carry evidence.</source>
        <translation>L&apos;indicateur %1 «&#xa0;%2&#xa0;» ne peut pas tirer sa valeur du point %3&#xa0;: c&apos;est un groupe, et seuls les points qu&apos;il contient portent des preuves.</translation>
    </message>
    <message>
        <source>setting the source of metric %1</source>
        <translation>la définition de la source de l&apos;indicateur %1</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” is a link or a note: it has no stored content.</source>
        <translation>La preuve %1 «&#xa0;%2&#xa0;» est un lien ou une note&#xa0;: elle n&apos;a pas de contenu stocké.</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” in %3 is damaged: its stored content has another SHA-256 than the one recorded for it.</source>
        <translation>La preuve %1 «&#xa0;%2&#xa0;» dans %3 est endommagée&#xa0;: son contenu stocké a un SHA-256 différent de celui enregistré pour elle.</translation>
    </message>
    <message>
        <source>Evidence %1 “%2”: %3</source>
        <translation>Preuve %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” in %3 is damaged: its SHA-256 is %4, %5 was stored.</source>
        <translation>La preuve %1 «&#xa0;%2&#xa0;» dans %3 est endommagée&#xa0;: son SHA-256 est %4, alors que %5 avait été enregistré.</translation>
    </message>
    <message>
        <source>reading the evidence to verify</source>
        <translation>la lecture des preuves à vérifier</translation>
    </message>
    <message>
        <source>Verifying was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>its stored content is missing</source>
        <translation>son contenu stocké est manquant</translation>
    </message>
    <message>
        <source>the evidence records SHA-256 %1, its stored content has %2</source>
        <translation>la preuve enregistre le SHA-256 %1, mais son contenu stocké donne %2</translation>
    </message>
    <message>
        <source>the evidence records %1 bytes, its stored content has %2</source>
        <translation>la preuve enregistre une taille de %1 octets, mais son contenu stocké en fait %2</translation>
    </message>
    <message>
        <source>No release was given (an id or a name).</source>
        <translation>Aucune version n&apos;a été spécifiée (un identifiant ou un nom).</translation>
    </message>
    <message>
        <source>The release name &quot;%1&quot; is ambiguous in %2: it matches releases %3. Give the id or the exact name.</source>
        <translation>Le nom de version «&#xa0;%1&#xa0;» est ambigu dans %2&#xa0;: il correspond aux versions %3. Indiquez l&apos;identifiant ou le nom exact.</translation>
    </message>
    <message>
        <source>There is no release with the id or name &quot;%1&quot; in %2.</source>
        <translation>%2 ne contient aucune version ayant pour identifiant ou nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No item was given (an id or a title).</source>
        <translation>Aucun point n&apos;a été spécifié (un identifiant ou un titre).</translation>
    </message>
    <message>
        <source>looking up item %1</source>
        <translation>la recherche du point %1</translation>
    </message>
    <message>
        <source>looking up item &quot;%1&quot;</source>
        <translation>la recherche du point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The item title &quot;%1&quot; is ambiguous in release %2: it matches items %3. Give the item&apos;s id instead.</source>
        <translation>Le titre de point «&#xa0;%1&#xa0;» est ambigu dans la version %2&#xa0;: il correspond aux points %3. Indiquez plutôt l&apos;identifiant du point.</translation>
    </message>
    <message>
        <source>Release %1 has no item with the id or title &quot;%2&quot;.</source>
        <translation>La version %1 ne contient aucun point ayant pour identifiant ou titre «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No metric was given (an id or a name).</source>
        <translation>Aucun indicateur n&apos;a été spécifié (un identifiant ou un nom).</translation>
    </message>
    <message>
        <source>looking up metric &quot;%1&quot;</source>
        <translation>la recherche de l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The metric name &quot;%1&quot; is ambiguous in release %2: it matches metrics %3. Give the metric&apos;s id instead.</source>
        <translation>Le nom d&apos;indicateur «&#xa0;%1&#xa0;» est ambigu dans la version %2&#xa0;: il correspond aux indicateurs %3. Indiquez plutôt l&apos;identifiant de l&apos;indicateur.</translation>
    </message>
    <message>
        <source>Release %1 has no metric with the id or name &quot;%2&quot;.</source>
        <translation>La version %1 ne contient aucun indicateur ayant pour identifiant ou nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A criterion is given by its id (a number), not &quot;%1&quot;.</source>
        <translation>Un critère se désigne par son identifiant (un nombre), et non par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>looking up criterion %1</source>
        <translation>la recherche du critère %1</translation>
    </message>
    <message>
        <source>Release %1 has no criterion with the id %2.</source>
        <translation>La version %1 ne contient aucun critère d&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>There is no item with id %1 in %2.</source>
        <translation>%2 ne contient aucun point d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Item %1: the timeout must be 0 (the release&apos;s timeout) or a number of seconds, not %2.</source>
        <translation>Point %1&#xa0;: le délai d&apos;expiration doit être 0 (celui de la version) ou un nombre de secondes, et non %2.</translation>
    </message>
    <message>
        <source>Item %1: the output pattern is not a valid regular expression: %2 at character %3.</source>
        <translation>Point %1&#xa0;: le motif de sortie n&apos;est pas une expression régulière valide&#xa0;: %2 au caractère %3.</translation>
    </message>
    <message>
        <source>Item %1: the probe needs a URL.</source>
        <translation>Point %1&#xa0;: la sonde exige une URL.</translation>
    </message>
    <message>
        <source>Item %1: the probe needs a method.</source>
        <translation>Point %1&#xa0;: la sonde exige une méthode.</translation>
    </message>
    <message>
        <source>Item %1: the probe&apos;s expected status must be an HTTP status (100 to 599), not %2.</source>
        <translation>Point %1&#xa0;: le statut attendu de la sonde doit être un statut HTTP (de 100 à 599), et non %2.</translation>
    </message>
    <message>
        <source>Item %1: the probe&apos;s latency limit and timeout cannot be negative.</source>
        <translation>Point %1&#xa0;: la limite de latence et le délai d&apos;expiration de la sonde ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>Release %1: the timeout must be 0 (none) or a number of seconds, not %2.</source>
        <translation>Version %1&#xa0;: le délai d&apos;expiration doit être 0 (aucun) ou un nombre de secondes, et non %2.</translation>
    </message>
    <message>
        <source>Release %1: the output cap must be a number of bytes above 0, not %2.</source>
        <translation>Version %1&#xa0;: le plafond de sortie doit être un nombre d&apos;octets supérieur à 0, et non %2.</translation>
    </message>
    <message>
        <source>Release %1: the working folder must be an absolute path, not “%2”.</source>
        <translation>Version %1&#xa0;: le dossier de travail doit être un chemin absolu, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Release %1: a secret marker is empty (it would mask every value).</source>
        <translation>Version %1&#xa0;: un marqueur de secret est vide (il masquerait toutes les valeurs).</translation>
    </message>
    <message>
        <source>saving the run settings of release %1</source>
        <translation>l&apos;enregistrement des paramètres d&apos;exécution de la version %1</translation>
    </message>
    <message>
        <source>A run of item %1 must be of kind “command” or “probe”, not “%2”.</source>
        <translation>Une exécution du point %1 doit être de type «&#xa0;command&#xa0;» ou «&#xa0;probe&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Item %1 is a group: runs are recorded for the items in it, not for the group.</source>
        <translation>Le point %1 est un groupe&#xa0;: les exécutions sont enregistrées pour les points qu&apos;il contient, pas pour le groupe.</translation>
    </message>
    <message>
        <source>storing the log of a run of item %1</source>
        <translation>l&apos;enregistrement du journal d&apos;une exécution du point %1</translation>
    </message>
    <message>
        <source>recording a run of item %1</source>
        <translation>l&apos;enregistrement d&apos;une exécution du point %1</translation>
    </message>
    <message>
        <source>setting the status of item %1</source>
        <translation>la définition du statut du point %1</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a run spec hash (64 lowercase hexadecimal digits).</source>
        <translation>Point %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une empreinte de spécification d&apos;exécution (64 chiffres hexadécimaux en minuscules).</translation>
    </message>
    <message>
        <source>Item %1 is a group: approve the commands of the items in it.</source>
        <translation>Le point %1 est un groupe&#xa0;: autorisez les commandes des points qu&apos;il contient.</translation>
    </message>
    <message>
        <source>approving the commands of item %1</source>
        <translation>l&apos;autorisation des commandes du point %1</translation>
    </message>
    <message>
        <source>reading the stakeholders</source>
        <translation>la lecture des parties prenantes</translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation>la lecture des clés de %1</translation>
    </message>
    <message>
        <source>reading the sign-offs release %1 requires</source>
        <translation>la lecture des approbations exigées pour la version %1</translation>
    </message>
    <message>
        <source>reading the sign-offs of release %1</source>
        <translation>la lecture des approbations de la version %1</translation>
    </message>
    <message>
        <source>reading who last changed release %1</source>
        <translation>la recherche de l&apos;auteur de la dernière modification de la version %1</translation>
    </message>
    <message>
        <source>There is no stakeholder “%1” in %2; add one with “greenlight stakeholder add”.</source>
        <translation>%2 ne contient aucune partie prenante «&#xa0;%1&#xa0;»&#xa0;; ajoutez-en une avec «&#xa0;greenlight stakeholder add&#xa0;».</translation>
    </message>
    <message>
        <source>A stakeholder needs a name.</source>
        <translation>Une partie prenante doit avoir un nom.</translation>
    </message>
    <message>
        <source>Stakeholder “%1” needs a role.</source>
        <translation>La partie prenante «&#xa0;%1&#xa0;» doit avoir un rôle.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>adding stakeholder %1</source>
        <translation>l&apos;ajout de la partie prenante %1</translation>
    </message>
    <message>
        <source>updating stakeholder %1</source>
        <translation>la mise à jour de la partie prenante %1</translation>
    </message>
    <message>
        <source>A public key has 32 bytes, not %1.</source>
        <translation>Une clé publique fait 32 octets, et non %1.</translation>
    </message>
    <message>
        <source>looking up key %1</source>
        <translation>la recherche de la clé %1</translation>
    </message>
    <message>
        <source>The key %1 is already in this workspace, as a key of %2.</source>
        <translation>La clé %1 figure déjà dans cet espace de travail, en tant que clé de %2.</translation>
    </message>
    <message>
        <source>looking up stakeholder %1</source>
        <translation>la recherche de la partie prenante %1</translation>
    </message>
    <message>
        <source>There is no stakeholder with id %1.</source>
        <translation>Aucune partie prenante n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>retiring the previous key</source>
        <translation>la mise hors service de la clé précédente</translation>
    </message>
    <message>
        <source>storing key %1</source>
        <translation>l&apos;enregistrement de la clé %1</translation>
    </message>
    <message>
        <source>A required sign-off needs a role.</source>
        <translation>Une approbation exigée doit avoir un rôle.</translation>
    </message>
    <message>
        <source>The number of sign-offs for %1 must be 0 or more, not %2.</source>
        <translation>Le nombre d&apos;approbations pour %1 doit être supérieur ou égal à 0, et non %2.</translation>
    </message>
    <message>
        <source>setting the sign-offs release %1 requires</source>
        <translation>la définition des approbations exigées pour la version %1</translation>
    </message>
    <message>
        <source>Release “%1” changed while %2 was signing it; nothing was signed. Review it again and sign.</source>
        <translation>La version «&#xa0;%1&#xa0;» a été modifiée pendant que %2 l&apos;approuvait&#xa0;; rien n&apos;a été signé. Examinez-la à nouveau, puis signez.</translation>
    </message>
    <message>
        <source>There is no stakeholder “%1” in %2.</source>
        <translation>%2 ne contient aucune partie prenante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 does not hold the role “%2”.</source>
        <translation>%1 n&apos;a pas le rôle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 signed with a key that is not their active key.</source>
        <translation>%1 a signé avec une clé qui n&apos;est pas sa clé active.</translation>
    </message>
    <message>
        <source>storing the sign-off of %1</source>
        <translation>l&apos;enregistrement de l&apos;approbation de %1</translation>
    </message>
    <message>
        <source>A release needs a name (none given for %1).</source>
        <translation>Une version doit avoir un nom (aucun indiqué pour %1).</translation>
    </message>
    <message>
        <source>recording the sign-offs release %1 requires</source>
        <translation>l&apos;enregistrement des approbations exigées pour la version %1</translation>
    </message>
    <message>
        <source>deleting release %1</source>
        <translation>la suppression de la version %1</translation>
    </message>
    <message>
        <source>A release needs a name: release %1 was not renamed.</source>
        <translation>Une version doit avoir un nom&#xa0;: la version %1 n&apos;a pas été renommée.</translation>
    </message>
    <message>
        <source>Cannot rename release %1 to &quot;%2&quot;: release %3 already has that name.</source>
        <translation>Impossible de renommer la version %1 en «&#xa0;%2&#xa0;»&#xa0;: la version %3 porte déjà ce nom.</translation>
    </message>
    <message>
        <source>renaming release %1</source>
        <translation>la modification du nom de la version %1</translation>
    </message>
    <message>
        <source>reading item %1</source>
        <translation>la lecture du point %1</translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; is a group: its status rolls up from its children, so set the status of its items instead.</source>
        <translation>Le point %1 «&#xa0;%2&#xa0;» est un groupe&#xa0;: son statut découle de ses enfants&#xa0;; définissez plutôt le statut des points qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; cannot be waived without a reason: the reason is missing.</source>
        <translation>Le point %1 «&#xa0;%2&#xa0;» ne peut pas faire l&apos;objet d&apos;une dérogation sans motif&#xa0;: le motif est manquant.</translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; cannot be waived without an expiry date: the waiver expiry date is missing or not a valid date.</source>
        <translation>Le point %1 «&#xa0;%2&#xa0;» ne peut pas faire l&apos;objet d&apos;une dérogation sans date d&apos;expiration&#xa0;: la date d&apos;expiration de la dérogation est manquante ou n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Item %1 needs a title: the title is empty.</source>
        <translation>Le point %1 doit avoir un titre&#xa0;: le titre est vide.</translation>
    </message>
    <message>
        <source>reading the run settings of release %1</source>
        <translation>la lecture des paramètres d&apos;exécution de la version %1</translation>
    </message>
    <message>
        <source>saving item %1</source>
        <translation>l&apos;enregistrement du point %1</translation>
    </message>
    <message>
        <source>setting metric %1</source>
        <translation>la mise à jour de l&apos;indicateur %1</translation>
    </message>
    <message>
        <source>reading criterion %1</source>
        <translation>la lecture du critère %1</translation>
    </message>
    <message>
        <source>There is no criterion with id %1 in %2.</source>
        <translation>%2 ne contient aucun critère d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>setting criterion %1</source>
        <translation>la mise à jour du critère %1</translation>
    </message>
    <message>
        <source>starting a write</source>
        <translation>l&apos;ouverture d&apos;une transaction d&apos;écriture</translation>
    </message>
    <message>
        <source>saving the write</source>
        <translation>la validation de la transaction d&apos;écriture</translation>
    </message>
    <message>
        <source>renumbering the items of gate %1</source>
        <translation>la renumérotation des points du jalon %1</translation>
    </message>
    <message>
        <source>counting the items of gate %1</source>
        <translation>le comptage des points du jalon %1</translation>
    </message>
    <message>
        <source>reading what item %1 holds</source>
        <translation>la lecture du contenu du point %1</translation>
    </message>
    <message>
        <source>“%1” has evidence or runs, which the record keeps: mark it not applicable instead of removing it.</source>
        <translation>«&#xa0;%1&#xa0;» a des preuves ou des exécutions qui doivent rester dans l&apos;historique&#xa0;: passez-le à «&#xa0;Sans objet&#xa0;» au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>“%1” is where metric “%2” takes its value from: unbind the metric first.</source>
        <translation>L&apos;indicateur «&#xa0;%2&#xa0;» tire sa valeur de «&#xa0;%1&#xa0;»&#xa0;: détachez d&apos;abord l&apos;indicateur.</translation>
    </message>
    <message>
        <source>“%1” has evidence or runs of its own, so it cannot become a group of items.</source>
        <translation>«&#xa0;%1&#xa0;» a ses propres preuves ou exécutions&#xa0;: il ne peut pas devenir un groupe de points.</translation>
    </message>
    <message>
        <source>saving item “%1”</source>
        <translation>l&apos;enregistrement du point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A new item needs a title.</source>
        <translation>Un nouveau point doit avoir un titre.</translation>
    </message>
    <message>
        <source>reading gate %1</source>
        <translation>la lecture du jalon %1</translation>
    </message>
    <message>
        <source>There is no gate with id %1 in %2.</source>
        <translation>Il n&apos;y a pas de jalon d&apos;identifiant %1 dans %2.</translation>
    </message>
    <message>
        <source>Item %1 is not in gate %2.</source>
        <translation>Le point %1 n&apos;appartient pas au jalon %2.</translation>
    </message>
    <message>
        <source>removing item %1</source>
        <translation>la suppression du point %1</translation>
    </message>
    <message>
        <source>Gate %1 is not a gate of the release item %2 belongs to.</source>
        <translation>Le jalon %1 n&apos;appartient pas à la version du point %2.</translation>
    </message>
    <message>
        <source>reading the items under item %1</source>
        <translation>la lecture des sous-points du point %1</translation>
    </message>
    <message>
        <source>“%1” cannot move under itself or one of its own sub-items.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être déplacé sous lui-même ni sous l&apos;un de ses sous-points.</translation>
    </message>
    <message>
        <source>moving item %1</source>
        <translation>le déplacement du point %1</translation>
    </message>
    <message>
        <source>A new gate needs a title.</source>
        <translation>Un nouveau jalon doit avoir un titre.</translation>
    </message>
    <message>
        <source>renumbering the gates of release %1</source>
        <translation>la renumérotation des jalons de la version %1</translation>
    </message>
    <message>
        <source>saving gate “%1”</source>
        <translation>l&apos;enregistrement du jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>reading the items of gate %1</source>
        <translation>la lecture des points du jalon %1</translation>
    </message>
    <message>
        <source>removing gate %1</source>
        <translation>la suppression du jalon %1</translation>
    </message>
    <message>
        <source>moving gate %1</source>
        <translation>le déplacement du jalon %1</translation>
    </message>
    <message>
        <source>Gate %1 needs a title: the title is empty.</source>
        <translation>Le jalon %1 doit avoir un titre&#xa0;: le titre est vide.</translation>
    </message>
    <message>
        <source>saving gate %1</source>
        <translation>l&apos;enregistrement du jalon %1</translation>
    </message>
    <message>
        <source>recording removed ids</source>
        <translation>l&apos;enregistrement des identifiants supprimés</translation>
    </message>
    <message>
        <source>numbering a new row</source>
        <translation>la numérotation d&apos;une nouvelle ligne</translation>
    </message>
</context>
<context>
    <name>gl::ChecklistTreeModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1
Pass: %2</source>
        <translation>%1
Critères de réussite&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rolled up from the %n items inside; change those.</source>
        <translation>
            <numerusform>Calculé à partir du %n point contenu&#xa0;; modifiez celui-ci.</numerusform>
            <numerusform>Calculé à partir des %n points contenus&#xa0;; modifiez ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiver expired on %1.</source>
        <translation>La dérogation a expiré le %1.</translation>
    </message>
    <message>
        <source>Waived until %1.</source>
        <translation>Dérogation jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n point</numerusform>
            <numerusform>Déplacer %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>Chec&amp;klist: %1 (%2 of %3 done)</source>
        <translation>&amp;Liste de contrôle&#xa0;: %1 (%2 sur %3 terminés)</translation>
    </message>
    <message>
        <source>Chec&amp;klist: %1</source>
        <translation>&amp;Liste de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Bloquants</translation>
    </message>
    <message>
        <source>Find items…</source>
        <translation>Rechercher des points…</translation>
    </message>
    <message>
        <source>Find items by text</source>
        <translation>Rechercher des points par texte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Filter by component</source>
        <translation>Filtrer par composant</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open (not done)</source>
        <translation>Ouverts (non terminés)</translation>
    </message>
    <message>
        <source>Show blockers only</source>
        <translation>Afficher uniquement les bloquants</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every item again (Esc in the find field)</source>
        <translation>Afficher de nouveau tous les points (Échap dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>Aucun point ne correspond</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n point correspond</numerusform>
            <numerusform>%n points correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::CommandApprovalDialog</name>
    <message>
        <source>Approve imported commands</source>
        <translation>Autoriser les commandes importées</translation>
    </message>
    <message>
        <source>These commands came from an imported file and have not been approved. Read them: they will run on this computer with your permissions. The approval covers exactly these commands, this working folder and this env file; any change asks again.</source>
        <translation>Ces commandes proviennent d&apos;un fichier importé et n&apos;ont pas été autorisées. Lisez-les&#xa0;: elles s&apos;exécuteront sur cet ordinateur avec vos droits. L&apos;autorisation porte exactement sur ces commandes, ce dossier de travail et ce fichier d&apos;environnement&#xa0;; toute modification entraînera une nouvelle demande.</translation>
    </message>
    <message>
        <source>Commands to approve</source>
        <translation>Commandes à autoriser</translation>
    </message>
    <message>
        <source>&amp;Approve and run</source>
        <translation>&amp;Autoriser et exécuter</translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation>Dossier de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Env file: %1</source>
        <translation>Fichier d&apos;environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(runs through /bin/sh -c: %1)</source>
        <translation>(exécution via /bin/sh -c&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>gl::CommandRunner</name>
    <message>
        <source>could not start: the item has no commands</source>
        <translation>démarrage impossible&#xa0;: le point n&apos;a aucune commande</translation>
    </message>
    <message>
        <source>could not start: the working folder “%1” is not an absolute path</source>
        <translation>démarrage impossible&#xa0;: le dossier de travail «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu</translation>
    </message>
    <message>
        <source>could not start: the working folder “%1” does not exist</source>
        <translation>démarrage impossible&#xa0;: le dossier de travail «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>démarrage impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>command %1 of %2: %3</source>
        <translation>commande %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>arrêté par le signal %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>(processes %1 could not be ended)</source>
        <translation>(les processus %1 n&apos;ont pas pu être arrêtés)</translation>
    </message>
</context>
<context>
    <name>gl::CriteriaModel</name>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Atteint</translation>
    </message>
    <message>
        <source>✖ Not met</source>
        <translation>✖ Non atteint</translation>
    </message>
    <message>
        <source>✖ Blocks</source>
        <translation>✖ Bloque</translation>
    </message>
    <message>
        <source>✔ Clear</source>
        <translation>✔ Aucun blocage</translation>
    </message>
    <message>
        <source>GO criterion: every one must hold for a GO. Check it when it holds.</source>
        <translation>Critère GO&#xa0;: tous doivent être vérifiés pour un GO. Cochez-le lorsqu&apos;il est vérifié.</translation>
    </message>
    <message>
        <source>NO-GO criterion: any one that holds blocks the release. Check it when it holds.</source>
        <translation>Critère NO-GO&#xa0;: il suffit qu&apos;un seul soit vérifié pour bloquer la version. Cochez-le lorsqu&apos;il est vérifié.</translation>
    </message>
    <message>
        <source>Criterion (holds)</source>
        <translation>Critère (vérifié)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
</context>
<context>
    <name>gl::DecisionBanner</name>
    <message>
        <source>Overall readiness</source>
        <translation>Préparation globale</translation>
    </message>
    <message>
        <source>Weighted score 100.0%</source>
        <translation>Score pondéré 100,0&#xa0;%</translation>
    </message>
    <message>
        <source>No release</source>
        <translation>Aucune version</translation>
    </message>
    <message>
        <source>Readiness —</source>
        <translation>Préparation —</translation>
    </message>
    <message>
        <source>Open or import a release to see its readiness.</source>
        <translation>Ouvrez ou importez une version pour voir son état de préparation.</translation>
    </message>
    <message>
        <source>No release open</source>
        <translation>Aucune version ouverte</translation>
    </message>
    <message>
        <source>Suggested decision: %1</source>
        <translation>Décision suggérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggested by the readiness rules; the release manager decides.</source>
        <translation>Suggérée par les règles de préparation&#xa0;; la décision revient au responsable de la mise en production.</translation>
    </message>
    <message>
        <source>Readiness %1%</source>
        <translation>Préparation %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>%1 points terminés sur %2</translation>
    </message>
    <message>
        <source>Weighted score %1%</source>
        <translation>Score pondéré %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover for all)</source>
        <translation>
            <numerusform>… et %n autre (survolez pour tout voir)</numerusform>
            <numerusform>… et %n autres (survolez pour tout voir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1, frozen</source>
        <translation>Enregistrée&#xa0;: %1, figée</translation>
    </message>
    <message>
        <source>Recorded by %1; authorization code %2. Nothing can change until the release is reopened.</source>
        <translation>Enregistrée par %1&#xa0;; code d&apos;autorisation %2. Rien ne peut être modifié tant que la version n&apos;est pas rouverte.</translation>
    </message>
</context>
<context>
    <name>gl::DecisionDialog</name>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Mitigations (required for CONDITIONAL GO; deadline as YYYY-MM-DD):</source>
        <translation>Mesures d&apos;atténuation (requises pour un CONDITIONAL GO&#xa0;; échéance au format AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Mitigation</source>
        <translation>&amp;Ajouter une mesure d&apos;atténuation</translation>
    </message>
    <message>
        <source>Re&amp;move Mitigation</source>
        <translation>&amp;Supprimer la mesure d&apos;atténuation</translation>
    </message>
    <message>
        <source>Record the Decision for “%1”</source>
        <translation>Enregistrer la décision pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The matrix suggests %1. %2</source>
        <translation>La matrice suggère %1. %2</translation>
    </message>
    <message>
        <source>The required sign-offs are all in and valid.</source>
        <translation>Les approbations exigées sont toutes présentes et valides.</translation>
    </message>
    <message>
        <source>The required sign-offs are not all in: %1</source>
        <translation>Les approbations exigées ne sont pas toutes présentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Degré de confiance</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>Degré de &amp;confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Write the rationale.</source>
        <translation>Rédigez la justification.</translation>
    </message>
    <message>
        <source>A CONDITIONAL GO needs at least one mitigation.</source>
        <translation>Un CONDITIONAL GO exige au moins une mesure d&apos;atténuation.</translation>
    </message>
    <message>
        <source>Mitigation %1 needs a title, an owner and acceptance criteria.</source>
        <translation>La mesure d&apos;atténuation %1 doit avoir un titre, un responsable et des critères d&apos;acceptation.</translation>
    </message>
    <message>
        <source>Mitigation %1 needs a deadline as YYYY-MM-DD.</source>
        <translation>La mesure d&apos;atténuation %1 doit avoir une échéance au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Write why it is recorded anyway.</source>
        <translation>Expliquez pourquoi elle est tout de même enregistrée.</translation>
    </message>
    <message>
        <source>it differs from the suggested %1</source>
        <translation>elle diffère de la décision suggérée (%1)</translation>
    </message>
    <message>
        <source>the required sign-offs are not all in (this overrides them)</source>
        <translation>les approbations exigées ne sont pas toutes présentes (cette décision passe outre)</translation>
    </message>
    <message>
        <source>Reason (only needed when the decision differs from the suggestion):</source>
        <translation>Motif (requis uniquement si la décision diffère de la suggestion)&#xa0;:</translation>
    </message>
    <message>
        <source>Reason, required because %1:</source>
        <translation>Motif, requis car %1&#xa0;:</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>gl::EditController</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Ajouter un p&amp;oint…</translation>
    </message>
    <message>
        <source>Add &amp;Sub-item…</source>
        <translation>Ajouter un sous-&amp;point…</translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation>Supprimer le poin&amp;t</translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation>&amp;Descendre le point</translation>
    </message>
    <message>
        <source>&amp;Indent Item</source>
        <translation>Augmenter le retra&amp;it</translation>
    </message>
    <message>
        <source>&amp;Outdent Item</source>
        <translation>Dimin&amp;uer le retrait</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n point</numerusform>
            <numerusform>Supprimer %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Set S&amp;tatus of Selected Items</source>
        <translation>Définir le statut de la sélectio&amp;n</translation>
    </message>
    <message>
        <source>Add &amp;Gate…</source>
        <translation>Ajouter un &amp;jalon…</translation>
    </message>
    <message>
        <source>Re&amp;name Gate…</source>
        <translation>Renommer &amp;le jalon…</translation>
    </message>
    <message>
        <source>Move Gate Up</source>
        <translation>Monter le jalon</translation>
    </message>
    <message>
        <source>Move Gate Down</source>
        <translation>Descendre le jalon</translation>
    </message>
    <message>
        <source>Gate Requires the Previous One</source>
        <translation>Le jalon exige le précédent</translation>
    </message>
    <message>
        <source>Add Gate</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Title of the new gate:</source>
        <translation>Titre du nouveau jalon&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Gate</source>
        <translation>Renommer le jalon</translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation>Nouveau titre de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find Items…</source>
        <translation>Re&amp;chercher des points…</translation>
    </message>
    <message>
        <source>Add Sub-item</source>
        <translation>Ajouter un sous-point</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Title of the new sub-item:</source>
        <translation>Titre du nouveau sous-point&#xa0;:</translation>
    </message>
    <message>
        <source>Title of the new item:</source>
        <translation>Titre du nouveau point&#xa0;:</translation>
    </message>
    <message>
        <source>Select the items to change first; groups take the status of their items.</source>
        <translation>Sélectionnez d&apos;abord les points à modifier&#xa0;; les groupes prennent le statut de leurs points.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>No item in this release matches.</source>
        <translation>Aucun point de cette version ne correspond.</translation>
    </message>
    <message>
        <source>Move Item U&amp;p</source>
        <translation>&amp;Monter le point</translation>
    </message>
    <message>
        <source>Remo&amp;ve Gate</source>
        <translation>Supprim&amp;er le jalon</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Gate Notes</source>
        <translation>Notes du jalon</translation>
    </message>
    <message>
        <source>Notes of “%1”: what its section says besides its items.</source>
        <translation>Notes de «&#xa0;%1&#xa0;»&#xa0;: ce que sa section dit en dehors de ses points.</translation>
    </message>
    <message>
        <source>Gate Not&amp;es…</source>
        <translation>Modi&amp;fier les notes du jalon…</translation>
    </message>
</context>
<context>
    <name>gl::EvidenceController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving was cancelled: no file was written.</source>
        <translation>L&apos;enregistrement a été annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) to %3.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) enregistré dans %3.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Export Evidence &amp;Bundle…</source>
        <translation>Exporter l&apos;&amp;archive de preuves…</translation>
    </message>
    <message>
        <source>Export &amp;Decision Record…</source>
        <translation>Exporter le &amp;procès-verbal de décision…</translation>
    </message>
    <message>
        <source>&amp;Attach Evidence…</source>
        <translation>&amp;Joindre des preuves…</translation>
    </message>
    <message>
        <source>Cancel Evidence Task</source>
        <translation>Annuler l&apos;opération sur les preuves</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Joindre des preuves</translation>
    </message>
    <message>
        <source>Progress of the evidence task</source>
        <translation>Progression de l&apos;opération sur les preuves</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Another evidence task is running; wait for it or cancel it first.</source>
        <translation>Une autre opération sur les preuves est en cours&#xa0;; attendez qu&apos;elle se termine ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>“%1” is a group: attach evidence to the items in it.</source>
        <translation>«&#xa0;%1&#xa0;» est un groupe&#xa0;: joignez les preuves aux points qu&apos;il contient.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) before it were attached.)</source>
        <translation>
            <numerusform>%1 (%n fichier précédent a été joint.)</numerusform>
            <numerusform>%1 (%n fichiers précédents ont été joints.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) (%1) to “%2”.</source>
        <translation>
            <numerusform>%n fichier (%1) joint à «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%n fichiers (%1) joints à «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 vaut désormais %2.</translation>
    </message>
    <message>
        <source>%1 keeps its value: %2</source>
        <translation>%1 conserve sa valeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Ajout de %n fichier…</numerusform>
            <numerusform>Ajout de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Feed a Metric from This Report?</source>
        <translation>Alimenter un indicateur à partir de ce rapport&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is a %2. Which metric should take its current value (%3) from the newest such report of this item, now and whenever a newer one is attached?</source>
        <translation>«&#xa0;%1&#xa0;» a été reconnu comme %2. Quel indicateur doit tirer sa valeur actuelle (%3) du rapport de ce type le plus récent joint à ce point, dès maintenant et à chaque ajout d&apos;un rapport plus récent&#xa0;?</translation>
    </message>
    <message>
        <source>%1 now takes its value from the newest %2 of this item: %3.</source>
        <translation>%1 tire désormais sa valeur du rapport le plus récent de ce point (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>“%1” is a program or script (%2); Greenlight does not open it. Use Save As to look at it.</source>
        <translation>«&#xa0;%1&#xa0;» est un programme ou un script (%2)&#xa0;; Greenlight ne l&apos;ouvre pas. Utilisez «&#xa0;Enregistrer sous&#xa0;» pour l&apos;examiner.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Export Evidence Bundle</source>
        <translation>Exporter l&apos;archive de preuves</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n evidence file(s), %2, with manifest.json and release.json.</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n fichier de preuve, %2, avec manifest.json et release.json.</numerusform>
            <numerusform>%1 écrit&#xa0;: %n fichiers de preuve, %2, avec manifest.json et release.json.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the evidence bundle…</source>
        <translation>Exportation de l&apos;archive de preuves…</translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation>Exporter le procès-verbal de décision</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decision record %1 (%n page(s)).</source>
        <translation>
            <numerusform>Procès-verbal de décision %1 écrit (%n page).</numerusform>
            <numerusform>Procès-verbal de décision %1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the decision record…</source>
        <translation>Exportation du procès-verbal de décision…</translation>
    </message>
    <message>
        <source>&amp;Verify Workspace</source>
        <translation>&amp;Vérifier l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Hash every piece of evidence again and check the audit chain, sign-offs and decisions</source>
        <translation>Recalculer l&apos;empreinte de chaque preuve et contrôler la chaîne d&apos;audit, les approbations et les décisions</translation>
    </message>
    <message numerus="yes">
        <source>All is sound: %1 of evidence hashed again, an audit log of %n row(s), %2 and %3 checked.</source>
        <translation>
            <numerusform>Tout est en ordre&#xa0;: %1 de preuves vérifiés, un journal d&apos;audit de %n ligne, %2 et %3 contrôlées.</numerusform>
            <numerusform>Tout est en ordre&#xa0;: %1 de preuves vérifiés, un journal d&apos;audit de %n lignes, %2 et %3 contrôlées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n approbation</numerusform>
            <numerusform>%n approbations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (greenlight verify lists them all).</source>
        <translation>
            <numerusform>… et %n autre (greenlight verify les liste tous).</numerusform>
            <numerusform>… et %n autres (greenlight verify les liste tous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification found %n problem(s):</source>
        <translation>
            <numerusform>La vérification a trouvé %n problème&#xa0;:</numerusform>
            <numerusform>La vérification a trouvé %n problèmes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the workspace…</source>
        <translation>Vérification de l&apos;espace de travail…</translation>
    </message>
</context>
<context>
    <name>gl::EvidencePane</name>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Ouvrir la preuve</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Enregistrer la preuve sous</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Copy files into the workspace as evidence of this item (or drop them here)</source>
        <translation>Copier des fichiers dans l&apos;espace de travail comme preuves de ce point (ou les déposer ici)</translation>
    </message>
    <message>
        <source>Attach an http or https link with a title</source>
        <translation>Joindre un lien http ou https avec un titre</translation>
    </message>
    <message>
        <source>Attach a plain note; a note alone does not count as required evidence</source>
        <translation>Joindre une simple note&#xa0;; une note seule ne compte pas comme preuve exigée</translation>
    </message>
    <message>
        <source>Open a copy with the application your system uses for it</source>
        <translation>Ouvrir une copie avec l&apos;application que votre système associe à ce type de fichier</translation>
    </message>
    <message>
        <source>Write a copy of the stored content to a file</source>
        <translation>Écrire une copie du contenu stocké dans un fichier</translation>
    </message>
    <message>
        <source>Attached evidence</source>
        <translation>Preuves jointes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation>Sélectionnez un point pour voir ses preuves.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is a group: its items carry the evidence. Select one of them to attach files, links or notes.</source>
        <translation>«&#xa0;%1&#xa0;» est un groupe&#xa0;: les preuves sont portées par ses points. Sélectionnez-en un pour joindre des fichiers, des liens ou des notes.</translation>
    </message>
    <message>
        <source>Attaching… more can be added when it has finished.</source>
        <translation>Ajout en cours… vous pourrez en ajouter d&apos;autres une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>Nothing attached yet: attach files, drop them here, or add a link or a note.</source>
        <translation>Aucune pièce jointe pour l&apos;instant&#xa0;: joignez des fichiers, déposez-les ici, ou ajoutez un lien ou une note.</translation>
    </message>
    <message>
        <source>Evidence not required.</source>
        <translation>Aucune preuve exigée.</translation>
    </message>
    <message>
        <source>Required evidence: %1</source>
        <translation>Preuve exigée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Required evidence: %1 — %2</source>
        <translation>Preuve exigée&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>It does not count against the release while the item is %1.</source>
        <translation>Elle n&apos;est pas prise en compte pour la version tant que le point est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s), added after the item last changed.</source>
        <translation>
            <numerusform>Exige une preuve datant de %n heure au plus, ajoutée après la dernière modification du point.</numerusform>
            <numerusform>Exige une preuve datant de %n heures au plus, ajoutée après la dernière modification du point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s), added after the item last changed (%1).</source>
        <translation>
            <numerusform>Exige une preuve datant de %n heure au plus, ajoutée après la dernière modification du point (%1).</numerusform>
            <numerusform>Exige une preuve datant de %n heures au plus, ajoutée après la dernière modification du point (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s).</source>
        <translation>
            <numerusform>Exige une preuve datant de %n heure au plus.</numerusform>
            <numerusform>Exige une preuve datant de %n heures au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for evidence added after the item last changed.</source>
        <translation>Exige une preuve ajoutée après la dernière modification du point.</translation>
    </message>
    <message>
        <source>Asks for evidence added after the item last changed (%1).</source>
        <translation>Exige une preuve ajoutée après la dernière modification du point (%1).</translation>
    </message>
    <message>
        <source>Asks for evidence of any age.</source>
        <translation>Exige une preuve, quelle que soit son ancienneté.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Run logs and probe results stay with the run that made them and cannot be removed.</source>
        <translation>Les journaux d&apos;exécution et les résultats de sonde restent associés à l&apos;exécution qui les a produits et ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>Remove the chosen evidence from this item</source>
        <translation>Retirer la preuve sélectionnée de ce point</translation>
    </message>
    <message>
        <source>Attach Files to “%1”</source>
        <translation>Joindre des fichiers à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Enregistrer la preuve sous</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”? The removal is recorded in the audit log.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»&#xa0;? Le retrait est consigné dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>gl::EvidencePreview</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Aperçu de la preuve</translation>
    </message>
    <message>
        <source>Evidence content</source>
        <translation>Contenu de la preuve</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation>Rechercher dans la preuve</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find next match</source>
        <translation>Rechercher l&apos;occurrence suivante</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Select evidence to preview it.</source>
        <translation>Sélectionnez une preuve pour en afficher l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>The content of “%1” cannot be read here.</source>
        <translation>Le contenu de «&#xa0;%1&#xa0;» ne peut pas être lu ici.</translation>
    </message>
    <message>
        <source>Over %1, so shown as plain text, not pretty-printed.</source>
        <translation>Taille supérieure à %1&#xa0;: affiché en texte brut, sans mise en forme.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No preview for %1; use Open or Save as.</source>
        <translation>Aucun aperçu pour %1&#xa0;; utilisez «&#xa0;Ouvrir&#xa0;» ou «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>this content</source>
        <translation>ce contenu</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Could not read page %1 of “%2”: %3</source>
        <translation>Impossible de lire la page %1 de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2), so shown as plain text.</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)&#xa0;: affiché en texte brut.</translation>
    </message>
    <message>
        <source>“%1” is %2; images over %3 are not previewed. Use Open or Save as.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; les images de plus de %3 ne sont pas prévisualisées. Utilisez «&#xa0;Ouvrir&#xa0;» ou «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>The size of “%1” cannot be read from its header (%2), so it is not previewed. Use Open or Save as.</source>
        <translation>Impossible de lire la taille de «&#xa0;%1&#xa0;» dans son en-tête (%2)&#xa0;: aucun aperçu n&apos;est affiché. Utilisez «&#xa0;Ouvrir&#xa0;» ou «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; images over %4 pixels on a side or %5 megapixels are not previewed. Use Open or Save as.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 × %3 pixels&#xa0;; les images de plus de %4 pixels de côté ou de %5 mégapixels ne sont pas prévisualisées. Utilisez «&#xa0;Ouvrir&#xa0;» ou «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” could not be decoded: %2</source>
        <translation>Impossible de décoder «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Continued from the start.</source>
        <translation>Recherche reprise depuis le début.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Could not read page %1: %2</source>
        <translation>Impossible de lire la page %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Continued from the first page.</source>
        <translation>Recherche reprise depuis la première page.</translation>
    </message>
    <message>
        <source>Searching page %1 of %2…</source>
        <translation>Recherche dans la page %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>gl::GateMatrixModel</name>
    <message>
        <source>✔ Complete</source>
        <translation>✔ Terminé</translation>
    </message>
    <message>
        <source>◑ In progress</source>
        <translation>◑ En cours</translation>
    </message>
    <message>
        <source>✖ Blocked</source>
        <translation>✖ Bloqué</translation>
    </message>
    <message>
        <source>○ Not started</source>
        <translation>○ Non commencé</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
%2 of %3 items done (passed, waived or not applicable); %4 in progress, %5 not started.</source>
        <translation>%1
%2 points terminés sur %3 (réussis, sous dérogation ou sans objet)&#xa0;; %4 en cours, %5 non commencés.</translation>
    </message>
    <message>
        <source>A blocker item is failed or blocked.</source>
        <translation>Un point bloquant est en échec ou bloqué.</translation>
    </message>
    <message>
        <source>Requires the previous gate to be complete.</source>
        <translation>Exige que le jalon précédent soit terminé.</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dérogé</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S/O</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>gl::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n modification, la plus récente en premier.</numerusform>
            <numerusform>%n modifications, les plus récentes en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ImportDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n group(s)</source>
        <extracomment>%1 is &quot;N items&quot;</extracomment>
        <translation>
            <numerusform>%1 dans %n groupe</numerusform>
            <numerusform>%1 dans %n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import Checklist</source>
        <translation>Importer une liste de contrôle</translation>
    </message>
    <message>
        <source>A Markdown checklist (.md)</source>
        <translation>Une liste de contrôle Markdown (.md)</translation>
    </message>
    <message>
        <source>Taken from the file</source>
        <translation>Repris du fichier</translation>
    </message>
    <message>
        <source>What the import will create</source>
        <translation>Ce que l&apos;importation va créer</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements d&apos;importation</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Release &amp;name:</source>
        <translation>&amp;Nom de la version&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>A&amp;vertissements</translation>
    </message>
    <message>
        <source>Markdown checklists (*.md *.markdown);;All files (*)</source>
        <translation>Listes de contrôle Markdown (*.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Choose a checklist to see what it contains. Nothing is written until you import.</source>
        <translation>Choisissez une liste de contrôle pour en voir le contenu. Rien n&apos;est écrit avant l&apos;importation.</translation>
    </message>
    <message>
        <source>Gates (%1)</source>
        <translation>Jalons (%1)</translation>
    </message>
    <message>
        <source>Metrics (%1)</source>
        <translation>Indicateurs (%1)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 (requis&#xa0;: %2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> (blocker)</source>
        <translation> (bloquant)</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Decision criteria (%1)</source>
        <translation>Critères de décision (%1)</translation>
    </message>
    <message>
        <source>%1 GO, %2 NO-GO</source>
        <translation>%1 GO, %2 NO-GO</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation>A&amp;vertissements (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s)</source>
        <translation>
            <numerusform>%n jalon</numerusform>
            <numerusform>%n jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GO criterion/criteria</source>
        <translation>
            <numerusform>%n critère GO</numerusform>
            <numerusform>%n critères GO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NO-GO criterion/criteria</source>
        <translation>
            <numerusform>%n critère NO-GO</numerusform>
            <numerusform>%n critères NO-GO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <extracomment>%1 is the release name, %2 the list of counts</extracomment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gl::InlineBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Terminé&#xa0;:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>gl::InspectorPane</name>
    <message>
        <source>Re&amp;quires evidence</source>
        <translation>Preuves o&amp;bligatoires</translation>
    </message>
    <message>
        <source>Newer than the item&apos;s last chan&amp;ge</source>
        <translation>Plus récentes que la dernière modi&amp;fication du point</translation>
    </message>
    <message>
        <source>&amp;Blocks the release when failed or blocked</source>
        <translation>Bloque la &amp;version en cas d&apos;échec ou de blocage</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Comma separated: Backend, QA</source>
        <translation>Séparés par des virgules&#xa0;: Backend, QA</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>One command per line</source>
        <translation>Une commande par ligne</translation>
    </message>
    <message>
        <source>Regular expression checked against the output (optional)</source>
        <translation>Expression régulière vérifiée sur la sortie (facultatif)</translation>
    </message>
    <message>
        <source>Output must match</source>
        <translation>La sortie doit correspondre</translation>
    </message>
    <message>
        <source>Output must not match</source>
        <translation>La sortie ne doit pas correspondre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Release default</source>
        <translation>Valeur par défaut de la version</translation>
    </message>
    <message>
        <source>Passing the item without a reason needs evidence that is not missing or stale</source>
        <translation>Marquer le point comme réussi sans motif exige des preuves présentes et non périmées</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Evidence added before the item last changed (what it asks, not its status) is stale</source>
        <translation>Les preuves ajoutées avant la dernière modification du point (de ses exigences, pas de son statut) sont périmées</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Déta&amp;ils&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ommands:</source>
        <translation>C&amp;ommandes&#xa0;:</translation>
    </message>
    <message>
        <source>Expected exit code:</source>
        <translation>Code de sortie attendu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Match output:</source>
        <translation>Contrô&amp;le de la sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Pattern rule</source>
        <translation>Règle de correspondance</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pass criteria:</source>
        <translation>Critères de &amp;réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence e&amp;xpected:</source>
        <translation>Preuves e&amp;xigées&#xa0;:</translation>
    </message>
    <message>
        <source>Requires evidence</source>
        <translation>Preuves obligatoires</translation>
    </message>
    <message>
        <source>No o&amp;lder than:</source>
        <translation>Â&amp;ge maximal&#xa0;:</translation>
    </message>
    <message>
        <source>Newer than the item&apos;s last change</source>
        <translation>Plus récentes que la dernière modification du point</translation>
    </message>
    <message>
        <source>O&amp;wners:</source>
        <translation>Responsa&amp;bles&#xa0;:</translation>
    </message>
    <message>
        <source>Compo&amp;nent:</source>
        <translation>Com&amp;posant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CI job:</source>
        <translation>Tâc&amp;he CI&#xa0;:</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Waiver &amp;until:</source>
        <translation>Déro&amp;gation jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Run &amp;history:</source>
        <translation>&amp;Historique des exécutions&#xa0;:</translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>Une dérogation nécessite un motif.</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Aucun point sélectionné</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Not changed since import</source>
        <translation>Inchangé depuis l&apos;importation</translation>
    </message>
    <message>
        <source>HTTP probe: %1 %2, expects status %3</source>
        <translation>Sonde HTTP&#xa0;: %1 %2, statut attendu %3</translation>
    </message>
    <message>
        <source>“%1” cannot run: %2</source>
        <translation>La commande «&#xa0;%1&#xa0;» ne peut pas s&apos;exécuter&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” runs through /bin/sh -c: %2</source>
        <translation>La commande «&#xa0;%1&#xa0;» passe par /bin/sh -c&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported: needs approval before it runs.</source>
        <translation>Commandes importées&#xa0;: elles doivent être autorisées avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Imported and approved.</source>
        <translation>Commandes importées et autorisées.</translation>
    </message>
    <message>
        <source>A group&apos;s status rolls up from its items, which also carry its evidence.</source>
        <translation>Le statut d&apos;un groupe découle de ses points, qui portent aussi ses preuves.</translation>
    </message>
    <message>
        <source>Unsaved changes: Apply, or leave the pane.</source>
        <translation>Modifications non enregistrées&#xa0;: cliquez sur «&#xa0;Appliquer&#xa0;» ou quittez le volet.</translation>
    </message>
    <message>
        <source>Fields of the selected item</source>
        <translation>Champs du point sélectionné</translation>
    </message>
    <message>
        <source>https://… (an HTTP check instead of commands)</source>
        <translation>https://… (une vérification HTTP au lieu de commandes)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>HTTP probe:</source>
        <translation>Sonde HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>Probe method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Expected status:</source>
        <translation>Statut attendu&#xa0;:</translation>
    </message>
    <message>
        <source>Slowest answer:</source>
        <translation>Réponse la plus lente&#xa0;:</translation>
    </message>
    <message>
        <source>Body contains:</source>
        <translation>Le corps contient&#xa0;:</translation>
    </message>
    <message>
        <source>Probe timeout:</source>
        <translation>Délai de la sonde&#xa0;:</translation>
    </message>
</context>
<context>
    <name>gl::MainWindow</name>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Nouvelle version…</translation>
    </message>
    <message>
        <source>&amp;Import Checklist…</source>
        <translation>&amp;Importer une liste de contrôle…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Releases</source>
        <translation>Afficher les &amp;versions</translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation>Afficher l&apos;&amp;inspecteur</translation>
    </message>
    <message>
        <source>Show &amp;Evidence</source>
        <translation>Afficher les &amp;preuves</translation>
    </message>
    <message>
        <source>Show &amp;Sign-offs</source>
        <translation>Afficher les &amp;approbations</translation>
    </message>
    <message>
        <source>Go to Re&amp;leases</source>
        <translation>Aller aux ver&amp;sions</translation>
    </message>
    <message>
        <source>Go to &amp;Gates</source>
        <translation>Aller aux &amp;jalons</translation>
    </message>
    <message>
        <source>Go to &amp;Metrics</source>
        <translation>Aller aux in&amp;dicateurs</translation>
    </message>
    <message>
        <source>Go to &amp;Checklist</source>
        <translation>Aller à la &amp;liste de contrôle</translation>
    </message>
    <message>
        <source>Go to I&amp;nspector</source>
        <translation>Aller à l&apos;inspec&amp;teur</translation>
    </message>
    <message>
        <source>Go to &amp;Evidence</source>
        <translation>Aller aux pr&amp;euves</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Dé&amp;cision</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>À &amp;propos de Greenlight</translation>
    </message>
    <message>
        <source>An evidence task is running in this workspace; cancel it first.</source>
        <translation>Une opération sur les preuves est en cours dans cet espace de travail&#xa0;; annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Commands are running in this workspace; cancel them (Ctrl+.) first.</source>
        <translation>Des commandes sont en cours d&apos;exécution dans cet espace de travail&#xa0;; annulez-les d&apos;abord (Ctrl+.).</translation>
    </message>
    <message>
        <source>The demo release could not be added: %1</source>
        <translation>Impossible d&apos;ajouter la version de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>This workspace has no releases yet. Import a checklist with File → Import Checklist (Ctrl+I).</source>
        <translation>Cet espace de travail ne contient encore aucune version. Importez une liste de contrôle via Fichier → Importer une liste de contrôle (Ctrl+I).</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>Impossible de lire le modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Version «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Open a workspace before importing.</source>
        <translation>Ouvrez un espace de travail avant d&apos;importer.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Greenlight workspaces (*.greenlight);;All files (*)</source>
        <translation>Espaces de travail Greenlight (*.greenlight);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>À propos de Greenlight</translation>
    </message>
    <message>
        <source>Greenlight %1

A release readiness console: checklists, metrics and decision criteria in one workspace file, with a suggested GO / NO-GO.</source>
        <translation>Greenlight %1

Une console de préparation des mises en production&#xa0;: listes de contrôle, indicateurs et critères de décision réunis dans un seul fichier d&apos;espace de travail, avec une suggestion GO / NO-GO.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Ending the running commands before closing…</source>
        <translation>Arrêt des commandes en cours avant la fermeture…</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>%1 – Greenlight</source>
        <translation>%1 – Greenlight</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>S&amp;tart Page</source>
        <translation>Pa&amp;ge d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Apparen&amp;ce</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Reading the checklist</source>
        <translation>Lecture de la liste de contrôle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>gl::MetricTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Atteint</translation>
    </message>
    <message>
        <source>✖ Not met</source>
        <translation>✖ Non atteint</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Double-click or press F2 to record the current value (for example 71.3% or Leaking).</source>
        <translation>Double-cliquez ou appuyez sur F2 pour saisir la valeur actuelle (par exemple 71.3% ou Leaking).</translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot meet the requirement.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre et ne peut donc pas satisfaire l&apos;exigence.</translation>
    </message>
    <message>
        <source>While this metric is not met the release cannot go ahead.</source>
        <translation>Tant que cet indicateur n&apos;est pas atteint, la version ne peut pas être mise en production.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>gl::NewReleaseDialog</name>
    <message>
        <source>New Release</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Copy an earlier release (structure kept, statuses reset)</source>
        <translation>Copier une version antérieure (structure conservée, statuts réinitialisés)</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Point de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>gl::ProbeRunner</name>
    <message>
        <source>not a valid URL: “%1”</source>
        <translation>URL non valide&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>only http and https URLs can be probed, not “%1”</source>
        <translation>seules les URL http et https peuvent être sondées, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the URL “%1” names no host</source>
        <translation>l&apos;URL «&#xa0;%1&#xa0;» n&apos;indique aucun hôte</translation>
    </message>
    <message>
        <source>a probe sends GET or HEAD, not “%1”</source>
        <translation>une sonde envoie GET ou HEAD, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>erreur TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>redirect to another origin refused: %1</source>
        <translation>redirection vers une autre origine refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation>statut %1 attendu, %2 reçu</translation>
    </message>
    <message>
        <source>took %1 ms, more than %2 ms</source>
        <translation>durée de %1 ms, au-delà de %2 ms</translation>
    </message>
    <message>
        <source>the first %1 MiB of the body do not contain “%2”</source>
        <translation>les %1 premiers Mio du corps de la réponse ne contiennent pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the body does not contain “%1”</source>
        <translation>le corps de la réponse ne contient pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the server closed the connection before the whole response arrived</source>
        <translation>le serveur a fermé la connexion avant la fin de la réponse</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>[first %1 bytes shown; reading stopped after %2 bytes]</source>
        <translation>[%1 premiers octets affichés&#xa0;; lecture arrêtée après %2 octets]</translation>
    </message>
    <message>
        <source>[first %1 of %2 bytes shown]</source>
        <translation>[%1 premiers octets affichés sur %2]</translation>
    </message>
</context>
<context>
    <name>gl::ReadinessMatrixView</name>
    <message>
        <source>Gates</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>I&amp;ndicateurs</translation>
    </message>
    <message>
        <source>No metrics in this release. They come from a table with Current and Required columns.</source>
        <translation>Cette version n&apos;a aucun indicateur. Ils proviennent d&apos;un tableau comportant les colonnes «&#xa0;Current&#xa0;» et «&#xa0;Required&#xa0;».</translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <source>No GO or NO-GO criteria in this release. They come from lists under headings that name GO or NO-GO criteria.</source>
        <translation>Cette version n&apos;a aucun critère GO ou NO-GO. Ils proviennent de listes placées sous des titres qui mentionnent des critères GO ou NO-GO.</translation>
    </message>
    <message>
        <source>&amp;Gates</source>
        <translation>&amp;Jalons</translation>
    </message>
    <message>
        <source>This release has no metrics and no GO / NO-GO criteria.</source>
        <translation>Cette version n&apos;a ni indicateurs ni critères GO / NO-GO.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
</context>
<context>
    <name>gl::ReadinessTrendChart</name>
    <message>
        <source>The trend appears once the release has changed.</source>
        <translation>La tendance apparaît dès que la version a changé.</translation>
    </message>
    <message>
        <source>Readiness and open blockers over time</source>
        <translation>Préparation et bloquants ouverts dans le temps</translation>
    </message>
    <message>
        <source>Readiness %</source>
        <translation>Préparation (%)</translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation>Bloquants ouverts</translation>
    </message>
</context>
<context>
    <name>gl::ReleaseDocument</name>
    <message>
        <source>No release is open.</source>
        <translation>Aucune version n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Item %1 is not in this release.</source>
        <translation>Le point %1 ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Passer «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Metric %1 is not in this release.</source>
        <translation>L&apos;indicateur %1 ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <source>Metric “%1” needs a value.</source>
        <translation>L&apos;indicateur «&#xa0;%1&#xa0;» nécessite une valeur.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 à %2</translation>
    </message>
    <message>
        <source>Criterion %1 is not in this release.</source>
        <translation>Le critère %1 ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <source>Mark “%1” as holding</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme vérifié</translation>
    </message>
    <message>
        <source>Mark “%1” as not holding</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme non vérifié</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is the first of its list: there is no item above it to go under.</source>
        <translation>«&#xa0;%1&#xa0;» est le premier de sa liste&#xa0;: aucun point au-dessus ne peut le recevoir.</translation>
    </message>
    <message>
        <source>“%1” is at the top level of its gate already.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà au premier niveau de son jalon.</translation>
    </message>
    <message>
        <source>Add gate “%1”</source>
        <translation>Ajouter le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Gate %1 is not in this release.</source>
        <translation>Le jalon %1 n&apos;appartient pas à cette version.</translation>
    </message>
    <message>
        <source>Remove gate “%1”</source>
        <translation>Supprimer le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move gate “%1”</source>
        <translation>Déplacer le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit gate “%1”</source>
        <translation>Modifier le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>Passer %n point à %1</numerusform>
            <numerusform>Passer %n points à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ReleaseListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
Importée depuis %2</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>gl::RequirementDialog</name>
    <message>
        <source>Require Sign-off</source>
        <translation>Exiger une approbation</translation>
    </message>
    <message>
        <source>Who must sign “%1” before it can be decided without an override. A count of 0 removes the requirement.</source>
        <translation>Qui doit approuver «&#xa0;%1&#xa0;» avant qu&apos;une décision puisse être prise sans dérogation. Un nombre de 0 supprime l&apos;exigence.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Nombre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>gl::RunConsole</name>
    <message>
        <source>Run output</source>
        <translation>Sortie de l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copier &amp;tout</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Follow Output</source>
        <translation>Su&amp;ivre la sortie</translation>
    </message>
</context>
<context>
    <name>gl::RunConsolePane</name>
    <message>
        <source>No runs yet. Run an item and its output appears here.</source>
        <translation>Aucune exécution pour l&apos;instant. Exécutez un point et sa sortie s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest output in view (End); scrolling up stops it</source>
        <translation>Garder la sortie la plus récente visible (Fin)&#xa0;; remonter dans la sortie désactive le suivi</translation>
    </message>
    <message>
        <source>Strip Colours</source>
        <translation>Supprimer les couleurs</translation>
    </message>
    <message>
        <source>Show the output without the colours the command printed</source>
        <translation>Afficher la sortie sans les couleurs produites par la commande</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Copier tout</translation>
    </message>
    <message>
        <source>Copy the whole output of this run</source>
        <translation>Copier toute la sortie de cette exécution</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Fermer les exécutions terminées</translation>
    </message>
    <message>
        <source>Close the tabs of every run that has ended</source>
        <translation>Fermer les onglets de toutes les exécutions terminées</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Stop this run and every process it started</source>
        <translation>Arrêter cette exécution et tous les processus qu&apos;elle a lancés</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Find in output</source>
        <translation>Rechercher dans la sortie</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter for the next match, Shift+Enter for the previous one</source>
        <translation>Ctrl+F&#xa0;; Entrée pour l&apos;occurrence suivante, Maj+Entrée pour la précédente</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>run title, elapsed time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>run title, state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, match count</comment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>gl::RunController</name>
    <message>
        <source>Run &amp;Selected Items</source>
        <translation>Exécuter les points &amp;sélectionnés</translation>
    </message>
    <message>
        <source>Run &amp;Gate</source>
        <translation>Exécuter le &amp;jalon</translation>
    </message>
    <message>
        <source>Run &amp;Release</source>
        <translation>Exécuter la &amp;version</translation>
    </message>
    <message>
        <source>&amp;Cancel Runs</source>
        <translation>&amp;Annuler les exécutions</translation>
    </message>
    <message>
        <source>Run Se&amp;ttings…</source>
        <translation>&amp;Paramètres d&apos;exécution…</translation>
    </message>
    <message>
        <source>Show Run &amp;Console</source>
        <translation>Afficher la &amp;console d&apos;exécution</translation>
    </message>
    <message>
        <source>Run the commands of the selected items (Ctrl+R)</source>
        <translation>Exécuter les commandes des points sélectionnés (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run every item of the selected gate (Ctrl+Shift+R)</source>
        <translation>Exécuter tous les points du jalon sélectionné (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Run every gate in order (F5)</source>
        <translation>Exécuter tous les jalons dans l&apos;ordre (F5)</translation>
    </message>
    <message>
        <source>End every running command (Ctrl+.)</source>
        <translation>Arrêter toutes les commandes en cours (Ctrl+.)</translation>
    </message>
    <message>
        <source>Run Console</source>
        <translation>Console d&apos;exécution</translation>
    </message>
    <message>
        <source>Select the items to run in the checklist first.</source>
        <translation>Sélectionnez d&apos;abord les points à exécuter dans la liste de contrôle.</translation>
    </message>
    <message>
        <source>Select a gate first.</source>
        <translation>Sélectionnez d&apos;abord un jalon.</translation>
    </message>
    <message>
        <source>Nothing to run: none of these items has commands or a probe.</source>
        <translation>Rien à exécuter&#xa0;: aucun de ces points n&apos;a de commande ni de sonde.</translation>
    </message>
    <message>
        <source>Not run: %1. %2</source>
        <translation>Non exécuté&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>The run of “%1” was not recorded: %2</source>
        <translation>L&apos;exécution de «&#xa0;%1&#xa0;» n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>log SHA-256 %1</source>
        <translation>SHA-256 du journal %1</translation>
    </message>
    <message>
        <source>Run finished: %1 passed, %2 failed, %3 cancelled, %4 blocked.</source>
        <translation>Exécution terminée. Réussis&#xa0;: %1, échoués&#xa0;: %2, annulés&#xa0;: %3, bloqués&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Items run so far</source>
        <translation>Points exécutés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the runs (Ctrl+.)</source>
        <translation>Annuler les exécutions (Ctrl+.)</translation>
    </message>
    <message numerus="yes">
        <source>Running: %1 of %n item(s) done</source>
        <translation>
            <numerusform>En cours&#xa0;: %1 sur %n point terminé</numerusform>
            <numerusform>En cours&#xa0;: %1 sur %n points terminés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::RunHistoryView</name>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Log SHA-256</source>
        <translation>SHA-256 du journal</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Log: %1 bytes, SHA-256 %2</source>
        <translation>Journal&#xa0;: %1 octets, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 bytes of output over the cap were not kept</source>
        <translation>%1 octets de sortie au-delà du plafond n&apos;ont pas été conservés</translation>
    </message>
</context>
<context>
    <name>gl::RunSession</name>
    <message>
        <source>release “%1” has no gate “%2”</source>
        <translation>la version «&#xa0;%1&#xa0;» n&apos;a pas de jalon «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” names %2 gates; use the gate id</source>
        <translation>«&#xa0;%1&#xa0;» désigne %2 jalons&#xa0;; utilisez l&apos;identifiant du jalon</translation>
    </message>
    <message>
        <source>release “%1” has no item %2</source>
        <translation>la version «&#xa0;%1&#xa0;» n&apos;a pas de point %2</translation>
    </message>
    <message>
        <source>item %1 “%2” has no commands or probe to run</source>
        <translation>le point %1 «&#xa0;%2&#xa0;» n&apos;a ni commande ni sonde à exécuter</translation>
    </message>
    <message>
        <source>release “%1” has no gate %2</source>
        <translation>la version «&#xa0;%1&#xa0;» n&apos;a pas de jalon %2</translation>
    </message>
    <message>
        <source>release “%1” has no working folder: choose one in the release settings (greenlight settings RELEASE --working-folder DIR)</source>
        <translation>la version «&#xa0;%1&#xa0;» n&apos;a pas de dossier de travail&#xa0;: choisissez-en un dans les paramètres de la version (greenlight settings RELEASE --working-folder DIR)</translation>
    </message>
    <message>
        <source>the working folder “%1” of release “%2” does not exist</source>
        <translation>le dossier de travail «&#xa0;%1&#xa0;» de la version «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>gate “%1” requires “%2” to be complete first</source>
        <translation>le jalon «&#xa0;%1&#xa0;» exige que «&#xa0;%2&#xa0;» soit d&apos;abord terminé</translation>
    </message>
</context>
<context>
    <name>gl::RunSettingsDialog</name>
    <message>
        <source>Run settings of %1</source>
        <translation>Paramètres d&apos;exécution de %1</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Folder the commands run in</source>
        <translation>Dossier dans lequel les commandes s&apos;exécutent</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Timeout per item</source>
        <translation>Délai par point</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Output kept per run</source>
        <translation>Sortie conservée par exécution</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Env file</source>
        <translation>Fichier d&apos;environnement</translation>
    </message>
    <message>
        <source>KEY=VALUE file, relative to the working folder; read at each run, never stored</source>
        <translation>Fichier KEY=VALUE, relatif au dossier de travail&#xa0;; lu à chaque exécution, jamais stocké</translation>
    </message>
    <message>
        <source>Secret markers</source>
        <translation>Marqueurs de secret</translation>
    </message>
    <message>
        <source>Values of env file keys containing one of these are shown as *** everywhere.</source>
        <translation>Les valeurs des clés du fichier d&apos;environnement qui contiennent l&apos;un de ces marqueurs sont partout affichées sous la forme ***.</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Dossier de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout per item:</source>
        <translation>Dé&amp;lai par point&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Output kept per run:</source>
        <translation>&amp;Sortie conservée par exécution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Env file:</source>
        <translation>&amp;Fichier d&apos;environnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret markers:</source>
        <translation>&amp;Marqueurs de secret&#xa0;:</translation>
    </message>
    <message>
        <source>The working folder must be an existing folder, given as an absolute path.</source>
        <translation>Le dossier de travail doit être un dossier existant, indiqué par un chemin absolu.</translation>
    </message>
    <message>
        <source>Name at least one secret marker, such as TOKEN.</source>
        <translation>Indiquez au moins un marqueur de secret, par exemple TOKEN.</translation>
    </message>
</context>
<context>
    <name>gl::SignOffController</name>
    <message>
        <source>Sign-offs and Decision</source>
        <translation>Approbations et décision</translation>
    </message>
    <message>
        <source>&amp;Sign Release…</source>
        <translation>&amp;Approuver la version…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>&amp;Enregistrer la décision…</translation>
    </message>
    <message>
        <source>Re&amp;open Release…</source>
        <translation>&amp;Rouvrir la version…</translation>
    </message>
    <message>
        <source>Release &amp;History…</source>
        <translation>&amp;Historique de la version…</translation>
    </message>
    <message>
        <source>&amp;Item History…</source>
        <translation>Historique du &amp;point…</translation>
    </message>
    <message>
        <source>Mitigation marked done.</source>
        <translation>Mesure d&apos;atténuation marquée comme terminée.</translation>
    </message>
    <message>
        <source>Mitigation status changed.</source>
        <translation>Statut de la mesure d&apos;atténuation modifié.</translation>
    </message>
    <message>
        <source>%1 (%2) signed: %3.</source>
        <translation>%1 (%2) a approuvé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 signed</source>
        <translation>%1&#xa0;: %2 sur %3 signées</translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is invalid</source>
        <translation>l&apos;approbation de %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is stale</source>
        <translation>l&apos;approbation de %1 est périmée</translation>
    </message>
    <message>
        <source>%1 recorded; authorization code %2. The release is frozen until it is reopened.</source>
        <translation>Décision %1 enregistrée&#xa0;; code d&apos;autorisation %2. La version est figée jusqu&apos;à sa réouverture.</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Rouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Why is the release reopened? The decision in force is marked superseded and stays in the history.</source>
        <translation>Pourquoi rouvrir la version&#xa0;? La décision en vigueur est marquée comme remplacée et reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>The release is open for changes again; the decision is superseded.</source>
        <translation>La version peut de nouveau être modifiée&#xa0;; la décision est remplacée.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add S&amp;takeholder…</source>
        <translation>Ajouter une partie pre&amp;nante…</translation>
    </message>
    <message>
        <source>Re&amp;quire Sign-off…</source>
        <translation>E&amp;xiger une approbation…</translation>
    </message>
    <message>
        <source>Nobody can sign yet: add the people who sign first (Decision → Add Stakeholder).</source>
        <translation>Personne ne peut encore approuver&#xa0;: ajoutez d&apos;abord les signataires (Décision → Ajouter une partie prenante).</translation>
    </message>
    <message>
        <source>%1 (%2) can sign now; key fingerprint %3.</source>
        <translation>%1 (%2) peut désormais approuver&#xa0;; empreinte de la clé %3.</translation>
    </message>
    <message>
        <source>%1 no longer has to sign.</source>
        <translation>%1 n&apos;a plus à approuver.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 sign-off(s) required.</source>
        <translation>
            <numerusform>%n approbation de %1 requise.</numerusform>
            <numerusform>%n approbations de %1 requises.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a stakeholder already.</source>
        <translation>%1 est déjà une partie prenante.</translation>
    </message>
</context>
<context>
    <name>gl::SignOffDialog</name>
    <message>
        <source>Sign “%1”</source>
        <translation>Approuver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>You sign the release exactly as it is now (state %1…). Any later change makes the signature stale until you sign again.</source>
        <translation>Vous approuvez la version exactement dans son état actuel (état %1…). Toute modification ultérieure rendra la signature périmée jusqu&apos;à ce que vous approuviez à nouveau.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>%1 (no key yet)</source>
        <translation>%1 (pas encore de clé)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Stakeholder:</source>
        <translation>&amp;Partie prenante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>Por&amp;tée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>The role the release still needs</source>
        <translation>Le rôle encore requis pour la version</translation>
    </message>
</context>
<context>
    <name>gl::SignOffPane</name>
    <message>
        <source>Required sign-offs</source>
        <translation>Approbations requises</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requises</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mesure d&apos;atténuation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>&amp;Enregistrer la décision…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Mark Mitigation Do&amp;ne</source>
        <translation>Marquer la mesure comme &amp;terminée</translation>
    </message>
    <message>
        <source>Sign-offs given</source>
        <translation>Approbations accordées</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Aucune version n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No decision recorded yet. The matrix suggests %1.</source>
        <translation>Aucune décision enregistrée pour l&apos;instant. La matrice suggère %1.</translation>
    </message>
    <message>
        <source>%1 recorded by %2 on %3. Authorization code %4.</source>
        <translation>Décision %1 enregistrée par %2 le %3. Code d&apos;autorisation %4.</translation>
    </message>
    <message>
        <source>Superseded on %1 by %2: %3</source>
        <translation>Remplacée le %1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The release is frozen until it is reopened.</source>
        <translation>La version est figée jusqu&apos;à sa réouverture.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Atteint</translation>
    </message>
    <message numerus="yes">
        <source>✗ Missing %n</source>
        <translation>
            <numerusform>✗ %n manquante</numerusform>
            <numerusform>✗ %n manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-offs are required for this release.</source>
        <translation>Aucune approbation n&apos;est requise pour cette version.</translation>
    </message>
    <message>
        <source>✗ Invalid: %1</source>
        <translation>✗ Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ Stale: changed since</source>
        <translation>⚠ Périmée&#xa0;: la version a changé depuis</translation>
    </message>
    <message>
        <source>Replaced by a later sign-off</source>
        <translation>Remplacée par une approbation ultérieure</translation>
    </message>
    <message>
        <source>Valid, not counted: %1</source>
        <translation>Valide, non comptabilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ Valide</translation>
    </message>
    <message>
        <source>Key %1
Comment: %2</source>
        <translation>Clé %1
Commentaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Acceptance: %1</source>
        <translation>Critère d&apos;acceptation&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ Overdue (due %1)</source>
        <translation>⚠ En retard (échéance le %1)</translation>
    </message>
</context>
<context>
    <name>gl::StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <source>Their signing key is made now and kept in this computer&apos;s configuration folder, sealed with the passphrase; the workspace keeps only the public half. They type the passphrase each time they sign.</source>
        <translation>La clé de signature est créée maintenant et conservée dans le dossier de configuration de cet ordinateur, scellée par la phrase secrète&#xa0;; l&apos;espace de travail n&apos;en garde que la partie publique. La phrase secrète est saisie à chaque approbation.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase:</source>
        <translation>Répéter la phrase secrè&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>Give the role they sign as.</source>
        <translation>Indiquez le rôle au titre duquel elle approuve.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète doit comporter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>gl::StartPage</name>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Nouvelle version…</translation>
    </message>
    <message>
        <source>I&amp;mport Checklist…</source>
        <translation>I&amp;mporter une liste de contrôle…</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>Ouvrir un &amp;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>Releases of this workspace</source>
        <translation>Versions de cet espace de travail</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Recorded decision</source>
        <translation>Décision enregistrée</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Start a release from a template or as a copy of an earlier one</source>
        <translation>Commencer une version à partir d&apos;un modèle ou en copiant une version antérieure</translation>
    </message>
    <message>
        <source>Make a release of a Markdown checklist</source>
        <translation>Créer une version à partir d&apos;une liste de contrôle Markdown</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>Releases in %1</source>
        <translation>Versions dans %1</translation>
    </message>
    <message>
        <source>✔ %1, %2</source>
        <translation>✔ %1, %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>None required</source>
        <translation>Aucune requise</translation>
    </message>
    <message>
        <source>✔ %1 of %2 signed</source>
        <translation>✔ %1 sur %2 signées</translation>
    </message>
    <message>
        <source>✗ %1 of %2 signed; missing: %3</source>
        <translation>✗ %1 sur %2 signées&#xa0;; manquantes&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n stale</source>
        <translation>
            <numerusform>; %n périmée</numerusform>
            <numerusform>; %n périmées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n en retard</numerusform>
            <numerusform>⚠ %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Aucune ouverte</translation>
    </message>
    <message>
        <source>No release yet: start one from a template, import a Markdown checklist, or open another workspace.</source>
        <translation>Aucune version pour l&apos;instant&#xa0;: commencez-en une à partir d&apos;un modèle, importez une liste de contrôle Markdown ou ouvrez un autre espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n décidée</numerusform>
            <numerusform>%n décidées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for sign-offs</source>
        <translation>
            <numerusform>%n en attente d&apos;approbations</numerusform>
            <numerusform>%n en attente d&apos;approbations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue mitigations</source>
        <translation>
            <numerusform>%n avec des mesures en retard</numerusform>
            <numerusform>%n avec des mesures en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>gl::StatusReasonDialog</name>
    <message>
        <source>Set status to %1</source>
        <translation>Passer le statut à %1</translation>
    </message>
    <message>
        <source>Why is “%1” waived, and until when does the waiver hold?</source>
        <translation>Pourquoi «&#xa0;%1&#xa0;» fait-il l&apos;objet d&apos;une dérogation, et jusqu&apos;à quand celle-ci s&apos;applique-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>What failed in “%1”?</source>
        <translation>Qu&apos;est-ce qui a échoué dans «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>What blocks “%1”?</source>
        <translation>Qu&apos;est-ce qui bloque «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Waiver expires on</source>
        <translation>Expiration de la dérogation</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expire le&#xa0;:</translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>Une dérogation nécessite un motif.</translation>
    </message>
</context>
</TS>
