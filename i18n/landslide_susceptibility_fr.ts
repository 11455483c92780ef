<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/spysampling.py" line="103"/>
        <source>Sample layer (landslides and unlabeled cells)</source>
        <translation>Couche d&apos;échantillons (glissements de terrain et cellules non étiquetées)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="109"/>
        <source>Points of lsm:buildsamples: label 1/0, split train/test, one field per factor. Leave empty to give the landslide inventory instead.</source>
        <translation>Points de lsm:buildsamples : étiquette 1/0, partition train/test, un champ par facteur. Laisser vide pour fournir plutôt l&apos;inventaire des glissements de terrain.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="117"/>
        <source>Landslide inventory (instead of a sample layer)</source>
        <translation>Inventaire des glissements de terrain (au lieu d&apos;une couche d&apos;échantillons)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="123"/>
        <source>Landslide points or polygons (centroid cell): the samples are built from it and the factor rasters as lsm:buildsamples does. Use lsm:buildsamples first for the other polygon modes, a study area, an exclusion buffer or a spatial split.</source>
        <translation>Points ou polygones de glissements de terrain (cellule du centroïde) : les échantillons sont construits à partir de ceux-ci et des rasters de facteurs, comme le fait lsm:buildsamples. Utilisez d&apos;abord lsm:buildsamples pour les autres modes de polygones, une zone d&apos;étude, un tampon d&apos;exclusion ou une partition spatiale.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="132"/>
        <source>Unlabeled cells per landslide (inventory input)</source>
        <translation>Cellules non étiquetées par glissement (entrée inventaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="133"/>
        <source>With the inventory input: unlabeled cells drawn per landslide for the step classifier (default 10).</source>
        <translation>Avec l&apos;inventaire en entrée : cellules non étiquetées tirées par glissement de terrain pour le classifieur d&apos;étape (10 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="141"/>
        <source>Train fraction (inventory input)</source>
        <translation>Fraction d&apos;entraînement (entrée inventaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="148"/>
        <source>With the inventory input: share of the landslides for training (default 0.7).</source>
        <translation>Avec l&apos;inventaire en entrée : part des glissements de terrain destinée à l&apos;entraînement (0,7 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="151"/>
        <source>Factor rasters (for the prior maps)</source>
        <translation>Rasters de facteurs (pour les cartes a priori)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="154"/>
        <source>Single bands are named after the layer, stack bands after their descriptions; the factor fields must be among these names.</source>
        <translation>Les bandes uniques sont nommées d&apos;après la couche, les bandes d&apos;une pile d&apos;après leur description ; les champs de facteurs doivent figurer parmi ces noms.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="162"/>
        <source>Factor fields (empty: every factor raster)</source>
        <translation>Champs de facteurs (vide : tous les rasters de facteurs)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="170"/>
        <source>Numeric fields holding the factor values; each must have a factor raster of the same name.</source>
        <translation>Champs numériques contenant les valeurs des facteurs ; chacun doit avoir un raster de facteur du même nom.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="176"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Champ d&apos;étiquette (1 glissement, 0 non étiqueté)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="179"/>
        <source>Field with 1 for landslides and 0 for unlabeled cells.</source>
        <translation>Champ valant 1 pour les glissements de terrain et 0 pour les cellules non étiquetées.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="180"/>
        <source>Split field (train/test)</source>
        <translation>Champ de partition (train/test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="183"/>
        <source>Field with &apos;train&apos; or &apos;test&apos;; when the layer has no such field every point is training data and no test negatives are drawn.</source>
        <translation>Champ valant « train » ou « test » ; si la couche n&apos;a pas ce champ, chaque point est une donnée d&apos;entraînement et aucun négatif de test n&apos;est tiré.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="194"/>
        <source>PU method</source>
        <translation>Méthode PU</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="194"/>
        <source>Spy technique, two steps (Fu et al. 2024)</source>
        <translation>Technique des espions, deux étapes (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="194"/>
        <source>Bagging-PU (Mordelet &amp; Vert 2014)</source>
        <translation>Bagging-PU (Mordelet &amp; Vert 2014)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="200"/>
        <source>How the prior model is found.</source>
        <translation>Comment le modèle a priori est obtenu.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="201"/>
        <source>Spy fraction</source>
        <translation>Fraction d&apos;espions</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="202"/>
        <source>Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024).</source>
        <translation>Part des glissements de terrain cachés parmi les non étiquetés comme espions (0,15 : Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="205"/>
        <source>Spy noise share (spies allowed below the threshold)</source>
        <translation>Part de bruit des espions (espions admis sous le seuil)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="212"/>
        <source>The threshold is the lowest spy score once this share of the lowest-scored spies is discarded as noise (0.05, after Liu et al. 2002).</source>
        <translation>Le seuil est le plus faible score d&apos;espion une fois cette part des espions les moins bien notés écartée comme bruit (0,05, d&apos;après Liu et al. 2002).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="221"/>
        <source>Trees of the step classifier</source>
        <translation>Arbres du classifieur d&apos;étape</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="222"/>
        <source>Random forest size (each tree sees a balanced bootstrap).</source>
        <translation>Taille de la forêt aléatoire (chaque arbre voit un bootstrap équilibré).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="223"/>
        <source>Maximum tree depth (0: unlimited)</source>
        <translation>Profondeur maximale des arbres (0 : illimitée)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="224"/>
        <source>Depth limit of the trees; 0 grows them fully as in Breiman&apos;s random forest.</source>
        <translation>Limite de profondeur des arbres ; 0 les développe entièrement comme dans la forêt aléatoire de Breiman.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="225"/>
        <source>Jenks classes of the prior map</source>
        <translation>Classes de Jenks de la carte a priori</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="228"/>
        <source>Classes of the exact Jenks classification of the prior map (5: very low ... very high, Fu et al. 2024).</source>
        <translation>Nombre de classes de la classification exacte de Jenks de la carte a priori (5 : très faible ... très élevée, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="237"/>
        <source>Prior classes giving negatives (comma separated)</source>
        <translation>Classes a priori fournissant les négatifs (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="242"/>
        <source>Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024).</source>
        <translation>Numéros de classe à partir de 1 (a priori le plus faible) ; par défaut 1,2 (très faible et faible, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="247"/>
        <source>Negatives per landslide</source>
        <translation>Négatifs par glissement de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="248"/>
        <source>Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200).</source>
        <translation>Négatifs tirés par glissement de terrain de chaque partition (Fu et al. 2024 vont jusqu&apos;à 200).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="85"/>
        <source>Same seed and inputs give the same spies, models and negatives.</source>
        <translation>La même graine et les mêmes entrées donnent les mêmes espions, modèles et négatifs.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="249"/>
        <source>Copy the landslides into the output (label 1)</source>
        <translation>Copier les glissements de terrain dans la sortie (étiquette 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="252"/>
        <source>Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly.</source>
        <translation>Écrire aussi les glissements de terrain de la couche d&apos;échantillons, pour que la sortie alimente directement lsm:trainmodel.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="91"/>
        <source>Folder of the run records the metrics dock reads; empty: &apos;lsm_runs&apos; beside the project or the output.</source>
        <translation>Dossier des fiches d&apos;exécution lues par le panneau des métriques ; vide : « lsm_runs » à côté du projet ou de la sortie.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="260"/>
        <source>Reliable negatives</source>
        <translation>Négatifs fiables</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="268"/>
        <source>Prior map (train)</source>
        <translation>Carte a priori (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="269"/>
        <source>Prior map (test)</source>
        <translation>Carte a priori (test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="271"/>
        <source>Prior model bundle (train)</source>
        <translation>Paquet du modèle a priori (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="270"/>
        <source>Model bundle (*.lsmodel)</source>
        <translation>Paquet de modèle (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="271"/>
        <source>Prior model bundle (test)</source>
        <translation>Paquet du modèle a priori (test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="276"/>
        <source>PU summary</source>
        <translation>Résumé PU</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="281"/>
        <source>Run record file</source>
        <translation>Fichier de fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="97"/>
        <source>Run id</source>
        <translation>Identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="283"/>
        <source>Spy threshold (train)</source>
        <translation>Seuil des espions (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="284"/>
        <source>Training negatives</source>
        <translation>Négatifs d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="285"/>
        <source>Test negatives</source>
        <translation>Négatifs de test</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="37"/>
        <source>&amp;Landslide Susceptibility</source>
        <translation>&amp;Susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="100"/>
        <source>Compare runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="44"/>
        <source>Compare runs: metrics, charts and outputs of the landslide susceptibility runs</source>
        <translation>Comparer les exécutions : métriques, graphiques et sorties des exécutions de susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="21"/>
        <source>Bar chart of a metric</source>
        <translation>Diagramme en barres d&apos;une métrique</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="22"/>
        <source>Box plots over repeats</source>
        <translation>Boîtes à moustaches sur les répétitions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="23"/>
        <source>ROC curves</source>
        <translation>Courbes ROC</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="24"/>
        <source>PR curves</source>
        <translation>Courbes PR</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="25"/>
        <source>Metric vs imbalance ratio</source>
        <translation>Métrique selon le ratio de déséquilibre</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="26"/>
        <source>Class areas per model</source>
        <translation>Surfaces des classes par modèle</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="49"/>
        <source>Charts need matplotlib ({}). Install it into the Python of QGIS (python3-matplotlib).</source>
        <translation>Les graphiques nécessitent matplotlib ({}). Installez-le dans le Python de QGIS (python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="101"/>
        <source>No run among the selection has {}.</source>
        <translation>Aucune exécution de la sélection n&apos;a {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="116"/>
        <source>{} of {} rows drawn.</source>
        <translation>{} lignes tracées sur {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="125"/>
        <source>Box plots need repeated runs: select runs that differ only in their repeat index (same model, ratio and data).</source>
        <translation>Les boîtes à moustaches nécessitent des exécutions répétées : sélectionnez des exécutions qui ne diffèrent que par leur indice de répétition (même modèle, ratio et données).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="144"/>
        <source>{} configuration(s) with a single run left out.</source>
        <translation>{} configuration(s) à exécution unique écartée(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="164"/>
        <source>No run among the selection has a ROC curve.</source>
        <translation>Aucune exécution de la sélection n&apos;a de courbe ROC.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="161"/>
        <source>{} run(s) without a curve left out.</source>
        <translation>{} exécution(s) sans courbe écartée(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="167"/>
        <source>No run among the selection has a PR curve.</source>
        <translation>Aucune exécution de la sélection n&apos;a de courbe PR.</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="154"/>
        <source> no-skill ({:.2f})</source>
        <translation> sans compétence ({:.2f})</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="172"/>
        <source>No run among the selection has both a ratio and {} (run a saturation test).</source>
        <translation>Aucune exécution de la sélection n&apos;a à la fois un ratio et {} (lancez un test de saturation).</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="185"/>
        <source>Negatives per positive (imbalance ratio)</source>
        <translation>Négatifs par positif (ratio de déséquilibre)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="191"/>
        <source>Points: mean over repeats; bars: ± sample sd.</source>
        <translation>Points : moyenne sur les répétitions ; barres : ± écart-type d&apos;échantillon.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="196"/>
        <source>No run among the selection has class areas (maps classified into susceptibility classes).</source>
        <translation>Aucune exécution de la sélection n&apos;a de surfaces de classes (cartes classées en classes de susceptibilité).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="203"/>
        <source>% of the area</source>
        <translation>% de la surface</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="203"/>
        <source>% of the landslides</source>
        <translation>% des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="154"/>
        <source>Run store folders</source>
        <translation>Dossiers de registres d&apos;exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="157"/>
        <source>Folders read for run records; every run of every folder is listed.</source>
        <translation>Dossiers lus pour les fiches d&apos;exécution ; chaque exécution de chaque dossier est listée.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="159"/>
        <source>Add a run store folder</source>
        <translation>Ajouter un dossier de registre d&apos;exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="162"/>
        <source>Stop reading the selected run store folder</source>
        <translation>Ne plus lire le dossier de registre d&apos;exécutions sélectionné</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="168"/>
        <source>Read the run stores again (they are also watched for changes)</source>
        <translation>Relire les registres d&apos;exécutions (leurs modifications sont aussi surveillées)</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="68"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="69"/>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="71"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="204"/>
        <source>Group repeats (mean ± sd)</source>
        <translation>Grouper les répétitions (moyenne ± écart-type)</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="205"/>
        <source>One row per configuration (algorithm, model, ratio, data, experiment): mean ± sample sd over its repeats</source>
        <translation>Une ligne par configuration (algorithme, modèle, ratio, données, expérience) : moyenne ± écart-type d&apos;échantillon sur ses répétitions</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="212"/>
        <source>Run&apos;s threshold</source>
        <translation>Seuil de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="213"/>
        <source>Best G-mean threshold</source>
        <translation>Meilleur seuil G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="214"/>
        <source>Which metrics of the records to compare: at the threshold the run reported (0.5 unless set), or at the threshold that maximises the G-mean</source>
        <translation>Quelles métriques des fiches comparer : au seuil indiqué par l&apos;exécution (0,5 sauf indication contraire), ou au seuil qui maximise la G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="227"/>
        <source>Rename run…</source>
        <translation>Renommer l&apos;exécution…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="230"/>
        <source>Delete selected runs…</source>
        <translation>Supprimer les exécutions sélectionnées…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="233"/>
        <source>Load the outputs of the selected runs</source>
        <translation>Charger les sorties des exécutions sélectionnées</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="236"/>
        <source>Export the table to CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="255"/>
        <source>Files of the run stores that could not be read, with the reason</source>
        <translation>Fichiers des registres d&apos;exécutions qui n&apos;ont pas pu être lus, avec la raison</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="310"/>
        <source>Save the chart as PNG or SVG…</source>
        <translation>Enregistrer le graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="150"/>
        <source>Run store folder</source>
        <translation>Dossier du registre d&apos;exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="164"/>
        <source>{} (project)</source>
        <translation>{} (projet)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="166"/>
        <source>Run store of the current project: the algorithms write here unless told otherwise.</source>
        <translation>Registre d&apos;exécutions du projet courant : les algorithmes y écrivent sauf indication contraire.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="168"/>
        <source>The folder does not exist yet; it is watched and read once a run creates it.</source>
        <translation>Le dossier n&apos;existe pas encore ; il est surveillé et sera lu dès qu&apos;une exécution le crée.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="364"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="374"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="404"/>
        <source>{} of {} runs shown</source>
        <translation>{} exécutions affichées sur {}</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="406"/>
        <source> in {} groups</source>
        <translation> en {} groupes</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="408"/>
        <source>; {} unreadable record(s) listed below</source>
        <translation>; {} fiche(s) illisible(s) listée(s) ci-dessous</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="410"/>
        <source>No run records yet. Runs of the models, SPY, saturation test and LSNet algorithms appear here.</source>
        <translation>Aucune fiche d&apos;exécution pour l&apos;instant. Les exécutions des modèles, de SPY, du test de saturation et des algorithmes LSNet apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="509"/>
        <source>Chart of the selected rows.</source>
        <translation>Graphique des lignes sélectionnées.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="512"/>
        <source>Chart of all rows shown (select rows to narrow it).</source>
        <translation>Graphique de toutes les lignes affichées (sélectionnez des lignes pour le restreindre).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="135"/>
        <source>Could not rename the run: {}</source>
        <translation>Impossible de renommer l&apos;exécution : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="144"/>
        <source>Rename run</source>
        <translation>Renommer l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="144"/>
        <source>New name of the run:</source>
        <translation>Nouveau nom de l&apos;exécution :</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="109"/>
        <source>… and {} more</source>
        <translation>… et {} de plus</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="110"/>
        <source>Delete {} run record(s)?

{}

The record files are removed from the run store; the output files of the runs are left on disk.</source>
        <translation>Supprimer {} fiche(s) d&apos;exécution ?

{}

Les fichiers des fiches sont retirés du registre d&apos;exécutions ; les fichiers de sortie des exécutions restent sur le disque.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="153"/>
        <source>Delete runs</source>
        <translation>Supprimer les exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="161"/>
        <source>Could not delete {}: {}</source>
        <translation>Impossible de supprimer {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="168"/>
        <source>Table exported to {}</source>
        <translation>Tableau exporté vers {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="172"/>
        <source>Export the runs table</source>
        <translation>Exporter le tableau des exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="201"/>
        <source>Could not write {}: {}</source>
        <translation>Impossible d&apos;écrire {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="184"/>
        <source>Charts need matplotlib.</source>
        <translation>Les graphiques nécessitent matplotlib.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="188"/>
        <source>Chart saved to {}</source>
        <translation>Graphique enregistré dans {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="97"/>
        <source>{} layer(s) loaded.</source>
        <translation>{} couche(s) chargée(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="99"/>
        <source>The selected runs have no output layers (model bundles and reports are not layers).</source>
        <translation>Les exécutions sélectionnées n&apos;ont pas de couche en sortie (les paquets de modèle et les rapports ne sont pas des couches).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="101"/>
        <source>Missing files: {}</source>
        <translation>Fichiers manquants : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="71"/>
        <source>&apos;{}&apos; is not an object</source>
        <translation>« {} » n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="73"/>
        <source>empty &apos;run_id&apos;</source>
        <translation>« run_id » vide</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>BA</source>
        <translation>BA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>G-mean</source>
        <translation>G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="66"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="67"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="70"/>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="82"/>
        <source>ratio {}</source>
        <translation>ratio {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="159"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="162"/>
        <source>{}: higher is better; the best value is marked</source>
        <translation>{} : plus élevé est meilleur ; la meilleure valeur est marquée</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="262"/>
        <source>Best value of this column</source>
        <translation>Meilleure valeur de cette colonne</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="265"/>
        <source>Mean ± sample sd over {} runs: {}</source>
        <translation>Moyenne ± écart-type d&apos;échantillon sur {} exécutions : {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="274"/>
        <source>{}
{} runs: {}</source>
        <translation>{}
{} exécutions : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="88"/>
        <source>Threads used to fit and apply the forests (-1: all cores).</source>
        <translation>Fils d&apos;exécution utilisés pour ajuster et appliquer les forêts (-1 : tous les cœurs).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="73"/>
        <source>Seeds the splits, the weights, the batches and the augmentation.</source>
        <translation>Initialise les partitions, les poids, les lots et l&apos;augmentation.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="78"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto : un GPU CUDA si torch en voit un, sinon le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="79"/>
        <source>LSM model bundles (*.lsmodel)</source>
        <translation>Paquets de modèle LSM (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="79"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="80"/>
        <source>LSNet bundle</source>
        <translation>Paquet LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="83"/>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="88"/>
        <source>Training curves (PNG)</source>
        <translation>Courbes d&apos;entraînement (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="93"/>
        <source>Where the run record goes; default &apos;lsm_runs&apos; beside the project or the bundle.</source>
        <translation>Où va la fiche d&apos;exécution ; par défaut « lsm_runs » à côté du projet ou du paquet.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="98"/>
        <source>Run record</source>
        <translation>Fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="99"/>
        <source>Test ROC-AUC</source>
        <translation>ROC-AUC de test</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="100"/>
        <source>Best epoch</source>
        <translation>Meilleure époque</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="104"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="105"/>
        <source>Continuous factor rasters on one grid (single bands named after the layer, stack bands after their descriptions). lsm:lsnetpredict needs rasters of the same names.</source>
        <translation>Rasters de facteurs continus sur une même grille (bandes uniques nommées d&apos;après la couche, bandes d&apos;une pile d&apos;après leur description). lsm:lsnetpredict a besoin de rasters de mêmes noms.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="113"/>
        <source>Samples (points)</source>
        <translation>Échantillons (points)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="116"/>
        <source>Landslides and non-landslides as points with a 0/1 label field.</source>
        <translation>Glissements et non-glissements sous forme de points avec un champ d&apos;étiquette 0/1.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="117"/>
        <source>Label field (1 = landslide, 0 = not)</source>
        <translation>Champ d&apos;étiquette (1 = glissement, 0 = non)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="125"/>
        <source>&apos;label&apos; in lsm:buildsamples output (the default when left empty); &apos;lslpts&apos; in the bundled points_350.gpkg.</source>
        <translation>« label » dans la sortie de lsm:buildsamples (valeur par défaut si laissé vide) ; « lslpts » dans le points_350.gpkg fourni.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="133"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Champ de partition (« train » / « test »)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="141"/>
        <source>Field with &apos;train&apos; or &apos;test&apos; (and optionally &apos;validation&apos;) per sample. Empty: the field &apos;split&apos; when the layer has one, else a seeded test share is held out.</source>
        <translation>Champ valant « train » ou « test » (et éventuellement « validation ») par échantillon. Vide : le champ « split » si la couche en a un, sinon une part de test tirée avec la graine est mise de côté.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="149"/>
        <source>Test share (when there is no split field)</source>
        <translation>Part de test (en l&apos;absence de champ de partition)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="156"/>
        <source>Share of each class kept for testing when the samples have no split field (70/30).</source>
        <translation>Part de chaque classe réservée au test lorsque les échantillons n&apos;ont pas de champ de partition (70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="157"/>
        <source>Validation share for early stopping</source>
        <translation>Part de validation pour l&apos;arrêt précoce</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="164"/>
        <source>Share of the training samples held out to choose the best epoch (0: no early stopping).</source>
        <translation>Part des échantillons d&apos;entraînement mise de côté pour choisir la meilleure époque (0 : pas d&apos;arrêt précoce).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="172"/>
        <source>Patch size (cells, odd)</source>
        <translation>Taille du patch (cellules, impaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="179"/>
        <source>Side of the square patch around each cell. Zhang et al. 2022 used 224 cells of 30 m; 33 cells (the default) cover about 330 m on 10 m data. Any odd size from 9 up.</source>
        <translation>Côté du patch carré autour de chaque cellule. Zhang et al. 2022 ont utilisé 224 cellules de 30 m ; 33 cellules (par défaut) couvrent environ 330 m sur des données à 10 m. Toute taille impaire à partir de 9.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="187"/>
        <source>Network width (feature maps of the first block)</source>
        <translation>Largeur du réseau (cartes de caractéristiques du premier bloc)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="194"/>
        <source>64 is the paper&apos;s network (64-128-128-256-256 feature maps, 1024-256-128 dense units); every layer scales with it. Smaller widths train and map faster on small data.</source>
        <translation>64 correspond au réseau de l&apos;article (cartes de caractéristiques 64-128-128-256-256, unités denses 1024-256-128) ; chaque couche est mise à l&apos;échelle en conséquence. Des largeurs plus petites entraînent et cartographient plus vite sur de petites données.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="202"/>
        <source>Maximum epochs</source>
        <translation>Nombre maximal d&apos;époques</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="203"/>
        <source>Most passes over the training samples; early stopping usually ends training sooner.</source>
        <translation>Nombre maximal de passes sur les échantillons d&apos;entraînement ; l&apos;arrêt précoce termine généralement l&apos;entraînement plus tôt.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="206"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="207"/>
        <source>Patches per optimisation step (32 by default); larger batches need more memory.</source>
        <translation>Patchs par pas d&apos;optimisation (32 par défaut) ; des lots plus grands demandent plus de mémoire.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="208"/>
        <source>Learning rate (Adam)</source>
        <translation>Taux d&apos;apprentissage (Adam)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="209"/>
        <source>1e-4 in Zhang et al. 2022.</source>
        <translation>1e-4 dans Zhang et al. 2022.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="210"/>
        <source>Early stopping patience (epochs)</source>
        <translation>Patience de l&apos;arrêt précoce (époques)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="213"/>
        <source>Training stops after this many epochs without a better validation AUC.</source>
        <translation>L&apos;entraînement s&apos;arrête après ce nombre d&apos;époques sans meilleure AUC de validation.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="214"/>
        <source>Augment by flips and 90-degree rotations</source>
        <translation>Augmenter par retournements et rotations de 90 degrés</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="215"/>
        <source>Each training patch is turned by one of the 8 flips/rotations at random. Turn it off for direction-dependent factors such as aspect or northness.</source>
        <translation>Chaque patch d&apos;entraînement est transformé par l&apos;un des 8 retournements/rotations au hasard. Désactivez-le pour les facteurs dépendant de la direction comme l&apos;exposition ou l&apos;orientation nord.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>Class balancing</source>
        <translation>Équilibrage des classes</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>Class weights (inverse frequency)</source>
        <translation>Poids des classes (fréquence inverse)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>Balanced sampling</source>
        <translation>Échantillonnage équilibré</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="229"/>
        <source>Class weights: the loss of each class weighted by its inverse frequency. Balanced sampling: batches drawn with both classes equally likely. None: neither.</source>
        <translation>Poids des classes : la perte de chaque classe pondérée par sa fréquence inverse. Échantillonnage équilibré : lots tirés avec les deux classes également probables. Aucun : ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="283"/>
        <source>ROC (AUC = {:.3f})</source>
        <translation>ROC (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="289"/>
        <source>PR (AP = {:.3f})</source>
        <translation>PR (AP = {:.3f})</translation>
    </message>
</context>
<context>
    <name>BuildSamplesAlgorithm</name>
    <message>
        <location filename="../algorithms/buildsamples.py" line="68"/>
        <source>Conditioning factors</source>
        <translation>Facteurs conditionnants</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="71"/>
        <source>Single-band rasters (named after the layer) and/or multi-band stacks (one factor per band, named after the band description).</source>
        <translation>Rasters à une bande (nommés d&apos;après la couche) et/ou piles multibandes (un facteur par bande, nommé d&apos;après la description de la bande).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="78"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="81"/>
        <source>Names of the factors holding class codes (lithology, land cover, geological age).</source>
        <translation>Noms des facteurs contenant des codes de classe (lithologie, occupation du sol, âge géologique).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="85"/>
        <source>Landslide inventory</source>
        <translation>Inventaire des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="90"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Points ou polygones de glissements de terrain (tout SCR ; transformés dans le SCR des rasters).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Landslide cells of polygons</source>
        <translation>Cellules de glissement des polygones</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Centroid</source>
        <translation>Centroïde</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Highest cell on the DEM (main scarp)</source>
        <translation>Cellule la plus haute sur le MNT (escarpement principal)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Every cell</source>
        <translation>Toutes les cellules</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="98"/>
        <source>How a polygon gives positive cells; ignored for points.</source>
        <translation>Comment un polygone donne des cellules positives ; ignoré pour les points.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="100"/>
        <source>DEM (for the highest-cell mode)</source>
        <translation>MNT (pour le mode cellule la plus haute)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="103"/>
        <source>Elevation on the factors&apos; grid; can be one of the factor rasters.</source>
        <translation>Altitude sur la grille des facteurs ; peut être l&apos;un des rasters de facteurs.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="105"/>
        <source>Study area</source>
        <translation>Zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="108"/>
        <source>Only cells inside these polygons are used (default: every valid cell).</source>
        <translation>Seules les cellules à l&apos;intérieur de ces polygones sont utilisées (par défaut : toutes les cellules valides).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="110"/>
        <source>Number of unlabeled cells (0: use the ratio)</source>
        <translation>Nombre de cellules non étiquetées (0 : utiliser le ratio)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="117"/>
        <source>Total number of unlabeled cells over train and test; 0 uses the ratio below.</source>
        <translation>Nombre total de cellules non étiquetées, entraînement et test confondus ; 0 utilise le ratio ci-dessous.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="119"/>
        <source>Unlabeled cells per landslide</source>
        <translation>Cellules non étiquetées par glissement de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="126"/>
        <source>Default 1 (a balanced sample).</source>
        <translation>1 par défaut (un échantillon équilibré).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="128"/>
        <source>Exclusion buffer around landslides (map units)</source>
        <translation>Tampon d&apos;exclusion autour des glissements (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="135"/>
        <source>No unlabeled cell is drawn within this distance of a landslide cell (in the rasters&apos; CRS units). Landslide cells themselves are always excluded.</source>
        <translation>Aucune cellule non étiquetée n&apos;est tirée à moins de cette distance d&apos;une cellule de glissement (en unités du SCR des rasters). Les cellules de glissement elles-mêmes sont toujours exclues.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="142"/>
        <source>Train fraction</source>
        <translation>Fraction d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="150"/>
        <source>Share of the landslides used for training (default 0.7, the usual 70/30 split).</source>
        <translation>Part des glissements de terrain utilisée pour l&apos;entraînement (0,7 par défaut, la partition habituelle 70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="152"/>
        <source>Train/test split</source>
        <translation>Partition entraînement/test</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="152"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="152"/>
        <source>Spatial blocks</source>
        <translation>Blocs spatiaux</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="158"/>
        <source>Random: landslides split at random. Spatial blocks: square blocks of the size below go whole to train or test, and so do their unlabeled cells.</source>
        <translation>Aléatoire : glissements de terrain répartis au hasard. Blocs spatiaux : des blocs carrés de la taille ci-dessous vont entièrement en entraînement ou en test, de même que leurs cellules non étiquetées.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="164"/>
        <source>Block size of the spatial split (map units)</source>
        <translation>Taille des blocs de la partition spatiale (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="171"/>
        <source>Side of the square blocks of the spatial split, in the rasters&apos; CRS units (default 1000).</source>
        <translation>Côté des blocs carrés de la partition spatiale, en unités du SCR des rasters (1000 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="177"/>
        <source>The same seed and inputs give the same samples.</source>
        <translation>La même graine et les mêmes entrées donnent les mêmes échantillons.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="180"/>
        <source>Reference grid to align to</source>
        <translation>Grille de référence pour l&apos;alignement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="183"/>
        <source>When the factors are not on one grid, they are resampled onto this raster&apos;s grid.</source>
        <translation>Si les facteurs ne sont pas sur une même grille, ils sont rééchantillonnés sur la grille de ce raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="187"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="188"/>
        <source>Points at cell centres (the factors&apos; CRS) with label, split, one field per factor, row and col.</source>
        <translation>Points aux centres des cellules (SCR des facteurs) avec label, split, un champ par facteur, row et col.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="194"/>
        <source>Train landslides</source>
        <translation>Glissements d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="195"/>
        <source>Test landslides</source>
        <translation>Glissements de test</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="196"/>
        <source>Train unlabeled</source>
        <translation>Non étiquetés d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="197"/>
        <source>Test unlabeled</source>
        <translation>Non étiquetés de test</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="198"/>
        <source>Factor fields (comma separated)</source>
        <translation>Champs de facteurs (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="201"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="206"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Choisissez au moins un raster de facteur conditionnant.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="211"/>
        <source>Factor name(s) {} clash with the sample layer&apos;s own fields ({}): rename the layer(s).</source>
        <translation>Le(s) nom(s) de facteur {} entrent en conflit avec les champs propres de la couche d&apos;échantillons ({}) : renommez la ou les couches.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="218"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>L&apos;inventaire des glissements de terrain n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="229"/>
        <source>Factors ({}): {} on a {} x {} grid</source>
        <translation>Facteurs ({}) : {} sur une grille de {} x {}</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="282"/>
        <source>The highest-cell mode needs a DEM: choose the DEM parameter (e.g. the elevation factor).</source>
        <translation>Le mode cellule la plus haute nécessite un MNT : choisissez le paramètre MNT (par ex. le facteur d&apos;altitude).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="290"/>
        <source>The DEM &apos;{}&apos; is not on the factors&apos; grid ({}): resample it first.</source>
        <translation>Le MNT « {} » n&apos;est pas sur la grille des facteurs ({}) : rééchantillonnez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="237"/>
        <source>study area</source>
        <translation>zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="256"/>
        <source>Samples: {}</source>
        <translation>Échantillons : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="41"/>
        <source>Build samples from an inventory</source>
        <translation>Construire les échantillons à partir d&apos;un inventaire</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="42"/>
        <source>Builds the sample layer of a study from a landslide inventory and the factor rasters: points at cell centres with `label` (1 landslide, 0 unlabeled), `split` (train/test), one field per factor, `row` and `col`.

PU testing method (Fu et al. 2024): landslides are split into train and test first (at random or by spatial blocks); unlabeled cells are drawn from two disjoint pools, away from landslides and an optional buffer. Polygons give their centroid cell, their highest cell on a DEM, or every cell.

Factors must share one grid, or be aligned to a reference raster. At least 10 landslides must remain.</source>
        <translation>Construit la couche d&apos;échantillons d&apos;une étude à partir d&apos;un inventaire des glissements de terrain et des rasters de facteurs : des points aux centres des cellules avec `label` (1 glissement, 0 non étiqueté), `split` (train/test), un champ par facteur, `row` et `col`.

Méthode de test PU (Fu et al. 2024) : les glissements sont d&apos;abord répartis entre entraînement et test (au hasard ou par blocs spatiaux) ; les cellules non étiquetées sont tirées dans deux réservoirs disjoints, loin des glissements et d&apos;un tampon facultatif. Les polygones donnent la cellule de leur centroïde, leur cellule la plus haute sur un MNT, ou toutes leurs cellules.

Les facteurs doivent partager une même grille, ou être alignés sur un raster de référence. Au moins 10 glissements de terrain doivent rester.</translation>
    </message>
</context>
<context>
    <name>CrossValidateAlgorithm</name>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="101"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="108"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Champ d&apos;étiquette (1 glissement, 0 non étiqueté)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="119"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="128"/>
        <source>Negatives per landslide in each fold (0 = all)</source>
        <translation>Négatifs par glissement dans chaque pli (0 = tous)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="139"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Paramètres du modèle (nom=valeur ; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="152"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="161"/>
        <source>Folds</source>
        <translation>Plis</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="169"/>
        <source>Number of folds (k)</source>
        <translation>Nombre de plis (k)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="180"/>
        <source>Block size (map units)</source>
        <translation>Taille des blocs (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="190"/>
        <source>Group field (leave one group out)</source>
        <translation>Champ de groupe (un groupe laissé de côté)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="201"/>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="215"/>
        <source>Per-fold metrics</source>
        <translation>Métriques par pli</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="220"/>
        <source>Metrics summary (mean, sd, 95 % interval)</source>
        <translation>Résumé des métriques (moyenne, écart-type, intervalle à 95 %)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="227"/>
        <source>Out-of-fold scores</source>
        <translation>Scores hors pli</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="232"/>
        <source>ROC and PR curves of the folds (PNG)</source>
        <translation>Courbes ROC et PR des plis (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="232"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="240"/>
        <source>Mean ROC-AUC over the folds</source>
        <translation>ROC-AUC moyenne sur les plis</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="241"/>
        <source>Mean PR-AUC over the folds</source>
        <translation>PR-AUC moyenne sur les plis</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="242"/>
        <source>Run record</source>
        <translation>Fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="243"/>
        <source>Run id</source>
        <translation>Identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="251"/>
        <source>The samples layer could not be opened.</source>
        <translation>La couche d&apos;échantillons n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="267"/>
        <source>Cross-validating {} on &apos;{}&apos;: {} landslides, {} unlabeled; {} folds ({}) x {} repeat(s), 1:{}.</source>
        <translation>Validation croisée de {} sur « {} » : {} glissements, {} non étiquetés ; {} plis ({}) x {} répétition(s), 1:{}.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="267"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="319"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Choisissez les champs de facteurs de la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="321"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor.</source>
        <translation>Le champ d&apos;étiquette « {} » est aussi choisi comme facteur.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="325"/>
        <source>Leave one group out needs a group field: choose it (event, region or year).</source>
        <translation>Laisser un groupe de côté nécessite un champ de groupe : choisissez-le (événement, région ou année).</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="342"/>
        <source>{} over the folds: {} (sd {:.3f}; {}).</source>
        <translation>{} sur les plis : {} (écart-type {:.3f} ; {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="352"/>
        <source>Test set of every fold: &apos;random&apos; (the fold&apos;s landslides against its unlabeled samples); the threshold metrics are at 0.5.</source>
        <translation>Ensemble de test de chaque pli : « random » (les glissements du pli contre ses échantillons non étiquetés) ; les métriques à seuil sont calculées à 0,5.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="412"/>
        <source>Cannot write the out-of-fold layer: {}</source>
        <translation>Impossible d&apos;écrire la couche hors pli : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="43"/>
        <source>Cross-validate model</source>
        <translation>Validation croisée d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="44"/>
        <source>Out-of-fold assessment of any model type of lsm:trainmodel on a sample layer (landslides 1, unlabeled 0): stratified k-fold, spatial blocks, k-means clusters of the coordinates or leave one group (event, region, year) out, optionally repeated. Each fold&apos;s model trains on negatives drawn from that fold&apos;s training unlabeled samples only, and is tested on the fold&apos;s landslides against its unlabeled samples (test set &apos;random&apos;).

Outputs: per-fold metrics, their mean, sd and 95 % interval, the out-of-fold score of every sample as a layer, a ROC / PR figure of the folds and a run record (the dock shows the spread).</source>
        <translation>Évaluation hors pli de tout type de modèle de lsm:trainmodel sur une couche d&apos;échantillons (glissements 1, non étiquetés 0) : k plis stratifiés, blocs spatiaux, groupes k-means des coordonnées ou un groupe (événement, région, année) laissé de côté, éventuellement répétée. Le modèle de chaque pli s&apos;entraîne sur des négatifs tirés uniquement parmi les échantillons non étiquetés d&apos;entraînement de ce pli, et il est testé sur les glissements du pli contre ses échantillons non étiquetés (ensemble de test « random »).

Sorties : métriques par pli, leur moyenne, écart-type et intervalle à 95 %, le score hors pli de chaque échantillon sous forme de couche, une figure ROC / PR des plis et une fiche d&apos;exécution (le panneau montre la dispersion).</translation>
    </message>
</context>
<context>
    <name>EvaluateModelAlgorithm</name>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="81"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="87"/>
        <source>A model bundle; the samples need a field per factor of the bundle. Trusted files only.</source>
        <translation>Un paquet de modèle ; les échantillons nécessitent un champ par facteur du paquet. Fichiers de confiance uniquement.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="91"/>
        <source>Susceptibility raster</source>
        <translation>Raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="92"/>
        <source>Instead of a bundle: a susceptibility raster (e.g. lsm:predictraster&apos;s output).</source>
        <translation>Au lieu d&apos;un paquet : un raster de susceptibilité (par ex. la sortie de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="94"/>
        <source>Raster band</source>
        <translation>Bande du raster</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="99"/>
        <source>Threshold (landslide when score &gt;= threshold)</source>
        <translation>Seuil (glissement si score &gt;= seuil)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="109"/>
        <source>Run name (for the run record)</source>
        <translation>Nom de l&apos;exécution (pour la fiche d&apos;exécution)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="115"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="120"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="125"/>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="130"/>
        <source>Precision-recall curve</source>
        <translation>Courbe précision-rappel</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="135"/>
        <source>ROC and PR curves (PNG)</source>
        <translation>Courbes ROC et PR (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="135"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="143"/>
        <source>Run record</source>
        <translation>Fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="144"/>
        <source>Run id</source>
        <translation>Identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="145"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="146"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="147"/>
        <source>Balanced accuracy at the threshold</source>
        <translation>Exactitude équilibrée au seuil</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="148"/>
        <source>G-mean-best threshold</source>
        <translation>Seuil optimal selon la G-mean</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="161"/>
        <source>Give either a model bundle or a susceptibility raster (one of the two).</source>
        <translation>Fournissez soit un paquet de modèle, soit un raster de susceptibilité (l&apos;un des deux).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="209"/>
        <source>{} on {} test landslides and {} negatives of &apos;{}&apos;:</source>
        <translation>{} sur {} glissements de test et {} négatifs de « {} » :</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="220"/>
        <source>(columns: threshold {:.3f}, G-mean-best threshold {:.3f})</source>
        <translation>(colonnes : seuil {:.3f}, seuil optimal G-mean {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="251"/>
        <source>Using the {} &apos;test&apos; rows of the split field.</source>
        <translation>Utilisation des {} lignes « test » du champ de partition.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="260"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model, which needs its factor rasters: map it (lsm:lsnetpredict) and evaluate the map with the raster input.</source>
        <translation>Le paquet de modèle « {} » est un modèle « {} », qui a besoin de ses rasters de facteurs : cartographiez-le (lsm:lsnetpredict) et évaluez la carte avec l&apos;entrée raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="303"/>
        <source>The samples layer could not be opened.</source>
        <translation>La couche d&apos;échantillons n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="274"/>
        <source>The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). Evaluate with samples that carry the bundle&apos;s factors ({}).</source>
        <translation>Le paquet de modèle nécessite le(s) champ(s) de facteur {} absent(s) de la couche d&apos;échantillons (ses champs : {}). Évaluez avec des échantillons qui portent les facteurs du paquet ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="287"/>
        <source>Model {}</source>
        <translation>Modèle {}</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="296"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La bande {} n&apos;existe pas dans « {} » ({} bande(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="318"/>
        <source>{} test point(s) fall outside raster &apos;{}&apos; and {} on nodata: left out.</source>
        <translation>{} point(s) de test tombent hors du raster « {} » et {} sur nodata : écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="324"/>
        <source>No test point of &apos;{}&apos; falls on a value of raster &apos;{}&apos;: check that they cover the same area.</source>
        <translation>Aucun point de test de « {} » ne tombe sur une valeur du raster « {} » : vérifiez qu&apos;ils couvrent la même zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="330"/>
        <source>Raster {}</source>
        <translation>Raster {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="45"/>
        <source>Evaluate susceptibility model</source>
        <translation>Évaluer un modèle de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="97"/>
        <source>Band of the susceptibility raster holding the scores (default 1).</source>
        <translation>Bande du raster de susceptibilité contenant les scores (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="105"/>
        <source>Scores at or above it count as landslide for the threshold metrics (default 0.5).</source>
        <translation>Les scores supérieurs ou égaux comptent comme glissement pour les métriques à seuil (0,5 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="112"/>
        <source>Name of the run in the metrics dock; empty: the model type and the run id.</source>
        <translation>Nom de l&apos;exécution dans le panneau des métriques ; vide : le type de modèle et l&apos;identifiant d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="116"/>
        <source>Write the metrics and curves as a run record into the run store for the metrics dock.</source>
        <translation>Écrire les métriques et les courbes comme fiche d&apos;exécution dans le registre d&apos;exécutions pour le panneau des métriques.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="46"/>
        <source>Evaluates a model on test samples: a model bundle applied to the samples&apos; factor fields (named as the bundle&apos;s factors), or a susceptibility raster sampled at the test points. Only the &apos;test&apos; rows of the split field are used when there is one.

Metrics: overall accuracy, precision, sensitivity, specificity, balanced accuracy, G-mean, F1 and kappa at the threshold and at the G-mean-best threshold (optimistic: chosen on the test set), ROC-AUC and PR-AUC. Outputs: the metrics table, ROC and PR curve tables, a PNG of both curves and a run record for the metrics dock.

Bundles hold pickled Python objects: open only bundles from sources you trust.</source>
        <translation>Évalue un modèle sur des échantillons de test : un paquet de modèle appliqué aux champs de facteurs des échantillons (nommés comme les facteurs du paquet), ou un raster de susceptibilité échantillonné aux points de test. Seules les lignes « test » du champ de partition sont utilisées s&apos;il y en a un.

Métriques : exactitude globale, précision, sensibilité, spécificité, exactitude équilibrée, G-mean, F1 et kappa au seuil et au seuil optimal G-mean (optimiste : choisi sur l&apos;ensemble de test), ROC-AUC et PR-AUC. Sorties : le tableau des métriques, les tables des courbes ROC et PR, un PNG des deux courbes et une fiche d&apos;exécution pour le panneau des métriques.

Les paquets contiennent des objets Python sérialisés (pickle) : n&apos;ouvrez que des paquets provenant de sources de confiance.</translation>
    </message>
</context>
<context>
    <name>FactorScreeningAlgorithm</name>
    <message>
        <location filename="../algorithms/factorscreening.py" line="70"/>
        <source>Sample layer</source>
        <translation>Couche d&apos;échantillons</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="73"/>
        <source>Samples with factor fields and a label (e.g. from lsm:buildsamples).</source>
        <translation>Échantillons avec des champs de facteurs et une étiquette (par ex. issus de lsm:buildsamples).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="75"/>
        <source>Factor fields</source>
        <translation>Champs de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="83"/>
        <source>Default: every numeric field but label, row, col, prior and fid.</source>
        <translation>Par défaut : tous les champs numériques sauf label, row, col, prior et fid.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="85"/>
        <source>Label field (1 landslide, 0 other)</source>
        <translation>Champ d&apos;étiquette (1 glissement, 0 autre)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="92"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;).</source>
        <translation>Champ valant 1 pour les glissements de terrain et 0 pour les autres échantillons (« label » par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="94"/>
        <source>Use only the training samples (split = &apos;train&apos;)</source>
        <translation>Utiliser uniquement les échantillons d&apos;entraînement (split = &apos;train&apos;)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="97"/>
        <source>Keeps the test samples out of the screening; ignored when the layer has no &apos;split&apos; field.</source>
        <translation>Tient les échantillons de test à l&apos;écart du criblage ; ignoré si la couche n&apos;a pas de champ « split ».</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="103"/>
        <source>Factor rasters (instead of samples)</source>
        <translation>Rasters de facteurs (au lieu d&apos;échantillons)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="109"/>
        <source>VIF and correlation over all valid cells, streamed block by block.</source>
        <translation>VIF et corrélation sur toutes les cellules valides, calculés bloc par bloc.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="111"/>
        <source>Mask (study area) for the rasters</source>
        <translation>Masque (zone d&apos;étude) pour les rasters</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="117"/>
        <source>Only cells inside these polygons count in raster mode.</source>
        <translation>Seules les cellules à l&apos;intérieur de ces polygones comptent en mode raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="119"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="122"/>
        <source>Factors holding class codes: one-hot blocks with a generalised VIF.</source>
        <translation>Facteurs contenant des codes de classe : blocs one-hot avec un VIF généralisé.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="124"/>
        <source>VIF threshold</source>
        <translation>Seuil de VIF</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="131"/>
        <source>Factors are removed while their VIF exceeds it (10: Zhang et al. 2022, Fan et al. 2025).</source>
        <translation>Les facteurs sont retirés tant que leur VIF le dépasse (10 : Zhang et al. 2022, Fan et al. 2025).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="137"/>
        <source>|Pearson r| threshold</source>
        <translation>Seuil de |r de Pearson|</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="145"/>
        <source>Pairs above it lose the member with the higher VIF (0.6: Zhang et al. 2022).</source>
        <translation>Les paires qui le dépassent perdent le membre au VIF le plus élevé (0,6 : Zhang et al. 2022).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="147"/>
        <source>Random-forest trees (Gini importance)</source>
        <translation>Arbres de la forêt aléatoire (importance de Gini)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="154"/>
        <source>Trees of the random forest whose mean decrease in impurity ranks the factors (default 200).</source>
        <translation>Arbres de la forêt aléatoire dont la diminution moyenne d&apos;impureté classe les facteurs (200 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="160"/>
        <source>Classes for the information gain</source>
        <translation>Classes pour le gain d&apos;information</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="168"/>
        <source>Jenks natural-breaks classes of each continuous factor.</source>
        <translation>Classes par seuils naturels de Jenks de chaque facteur continu.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="170"/>
        <source>Seed of the random forest.</source>
        <translation>Graine de la forêt aléatoire.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="171"/>
        <source>Factor screening table</source>
        <translation>Table de criblage des facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="174"/>
        <source>One row per factor: VIF, TOL, GVIF, max |r| and partner, Gini, information gain, kept/removed and why.</source>
        <translation>Une ligne par facteur : VIF, TOL, GVIF, |r| max et partenaire, Gini, gain d&apos;information, conservé/retiré et pourquoi.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="180"/>
        <source>Correlation matrix</source>
        <translation>Matrice de corrélation</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="183"/>
        <source>The factor correlation matrix, one row per factor.</source>
        <translation>La matrice de corrélation des facteurs, une ligne par facteur.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="185"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="185"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="188"/>
        <source>Self-contained HTML with the table, the elimination order and the charts.</source>
        <translation>HTML autonome avec le tableau, l&apos;ordre d&apos;élimination et les graphiques.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="190"/>
        <source>Kept factors (comma separated)</source>
        <translation>Facteurs conservés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="191"/>
        <source>Removed factors (comma separated)</source>
        <translation>Facteurs retirés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="210"/>
        <source>Layer &apos;{}&apos; has no label field &apos;{}&apos; (its fields: {}).</source>
        <translation>La couche « {} » n&apos;a pas de champ d&apos;étiquette « {} » (ses champs : {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="221"/>
        <source>Using the {} training samples of &apos;{}&apos;.</source>
        <translation>Utilisation des {} échantillons d&apos;entraînement de « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="226"/>
        <source>Layer &apos;{}&apos; has no usable (labelled) sample.</source>
        <translation>La couche « {} » n&apos;a aucun échantillon utilisable (étiqueté).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="233"/>
        <source>Gini importance left out: {}</source>
        <translation>Importance de Gini écartée : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="283"/>
        <source>mask</source>
        <translation>masque</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="291"/>
        <source>No sample layer given: importance (Gini, information gain) is left out.</source>
        <translation>Aucune couche d&apos;échantillons fournie : l&apos;importance (Gini, gain d&apos;information) est écartée.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="312"/>
        <source>Give a sample layer (with its factor fields) or factor rasters to screen.</source>
        <translation>Fournissez une couche d&apos;échantillons (avec ses champs de facteurs) ou des rasters de facteurs à cribler.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="318"/>
        <source>Categorical factor(s) {} are not among the factor fields ({}).</source>
        <translation>Le(s) facteur(s) catégoriel(s) {} ne figurent pas parmi les champs de facteurs ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="348"/>
        <source>Factor screening</source>
        <translation>Criblage des facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="271"/>
        <source>Kept factors: {}</source>
        <translation>Facteurs conservés : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="47"/>
        <source>Factor screening (VIF, correlation, importance)</source>
        <translation>Criblage des facteurs (VIF, corrélation, importance)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="48"/>
        <source>Screens conditioning factors for multicollinearity and ranks them before any model is trained: exact VIF and TOL of every factor (GVIF^(1/df) for categorical ones), the Pearson correlation matrix, and iterative elimination (highest VIF above the threshold first, then the more collinear member of each pair with |r| above the threshold).

With labelled samples: random-forest Gini importance and information gain. Input: a sample layer and its factor fields (training samples by default), or factor rasters (optionally within a mask).

Outputs: the factor table, the correlation matrix, the kept factors (comma separated) and an HTML report with charts.</source>
        <translation>Crible les facteurs conditionnants pour la multicolinéarité et les classe avant d&apos;entraîner tout modèle : VIF et TOL exacts de chaque facteur (GVIF^(1/df) pour les catégoriels), la matrice de corrélation de Pearson et une élimination itérative (d&apos;abord le VIF le plus élevé au-dessus du seuil, puis le membre le plus colinéaire de chaque paire dont |r| dépasse le seuil).

Avec des échantillons étiquetés : importance de Gini d&apos;une forêt aléatoire et gain d&apos;information. Entrée : une couche d&apos;échantillons et ses champs de facteurs (échantillons d&apos;entraînement par défaut), ou des rasters de facteurs (éventuellement dans un masque).

Sorties : la table des facteurs, la matrice de corrélation, les facteurs conservés (séparés par des virgules) et un rapport HTML avec des graphiques.</translation>
    </message>
</context>
<context>
    <name>FrequencyRatioAlgorithm</name>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="54"/>
        <source>Conditioning factors</source>
        <translation>Facteurs conditionnants</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="57"/>
        <source>Single-band rasters and/or multi-band stacks on one grid.</source>
        <translation>Rasters à une bande et/ou piles multibandes sur une même grille.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="59"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="62"/>
        <source>Classed by value (lithology, land cover, ...).</source>
        <translation>Classés par valeur (lithologie, occupation du sol, ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="64"/>
        <source>Landslide inventory</source>
        <translation>Inventaire des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="69"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Points ou polygones de glissements de terrain (tout SCR ; transformés dans le SCR des rasters).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="71"/>
        <source>Study area</source>
        <translation>Zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="74"/>
        <source>Only cells inside these polygons count (default: every valid cell).</source>
        <translation>Seules les cellules à l&apos;intérieur de ces polygones comptent (par défaut : toutes les cellules valides).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Classes of continuous factors</source>
        <translation>Classes des facteurs continus</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Seuils naturels de Jenks (exacts)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Equal interval</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Quantile</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="82"/>
        <source>Jenks natural breaks (exact, over all cells), equal intervals or quantiles.</source>
        <translation>Seuils naturels de Jenks (exacts, sur toutes les cellules), intervalles égaux ou quantiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="84"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="92"/>
        <source>Classes per continuous factor (default 5).</source>
        <translation>Classes par facteur continu (5 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="94"/>
        <source>Frequency ratio table</source>
        <translation>Table des ratios de fréquence</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="97"/>
        <source>One row per factor class: range, cells, % area, landslide cells, % landslides, FR.</source>
        <translation>Une ligne par classe de facteur : intervalle, cellules, % de surface, cellules de glissement, % de glissements, FR.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="101"/>
        <source>Folder for FR rasters</source>
        <translation>Dossier des rasters FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="104"/>
        <source>One &apos;&lt;factor&gt;_fr.tif&apos; per factor, each cell holding the FR of its class.</source>
        <translation>Un « &lt;factor&gt;_fr.tif » par facteur, chaque cellule contenant le FR de sa classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="106"/>
        <source>FR rasters</source>
        <translation>Rasters FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="111"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Choisissez au moins un raster de facteur conditionnant.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="119"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>L&apos;inventaire des glissements de terrain n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="174"/>
        <source>{} landslide cell(s) outside the factor rasters were dropped.</source>
        <translation>{} cellule(s) de glissement hors des rasters de facteurs ont été écartées.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="178"/>
        <source>No landslide of &apos;{}&apos; lies on the factor rasters: check that they overlap (and the CRS).</source>
        <translation>Aucun glissement de « {} » ne se trouve sur les rasters de facteurs : vérifiez qu&apos;ils se superposent (et le SCR).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="185"/>
        <source>Only {} landslide cell(s) of &apos;{}&apos; lie on the factor rasters: at least {} are needed.</source>
        <translation>Seules {} cellule(s) de glissement de « {} » se trouvent sur les rasters de facteurs : il en faut au moins {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="128"/>
        <source>study area</source>
        <translation>zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="137"/>
        <source>Only {} landslide cell(s) fall on valid factor cells (at least {} are needed): check the inventory&apos;s overlap with the rasters and the study area.</source>
        <translation>Seules {} cellule(s) de glissement tombent sur des cellules de facteurs valides (il en faut au moins {}) : vérifiez la superposition de l&apos;inventaire avec les rasters et la zone d&apos;étude.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="201"/>
        <source>The FR raster &apos;{}&apos; would overwrite an input: choose another folder.</source>
        <translation>Le raster FR « {} » écraserait une entrée : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="49"/>
        <source>Frequency ratio of factor classes</source>
        <translation>Ratio de fréquence des classes de facteurs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="50"/>
        <source>Frequency ratio (FR) of every class of every conditioning factor (Zhang et al. 2022): FR = (% of the landslide cells in the class) / (% of the area in the class); FR &gt; 1 marks classes with more landslides than their share of the area.

Continuous factors are classed by exact Jenks breaks (default), equal intervals or quantiles; categorical ones by value. Outputs: the FR table and, with an output folder, one FR raster per factor (&apos;&lt;factor&gt;_fr.tif&apos;) usable as model input.</source>
        <translation>Ratio de fréquence (FR) de chaque classe de chaque facteur conditionnant (Zhang et al. 2022) : FR = (% des cellules de glissement dans la classe) / (% de la surface dans la classe) ; FR &gt; 1 signale les classes ayant plus de glissements de terrain que leur part de la surface.

Les facteurs continus sont classés par seuils de Jenks exacts (par défaut), intervalles égaux ou quantiles ; les catégoriels par valeur. Sorties : la table FR et, avec un dossier de sortie, un raster FR par facteur (« &lt;factor&gt;_fr.tif ») utilisable comme entrée de modèle.</translation>
    </message>
</context>
<context>
    <name>JenksClassifyAlgorithm</name>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="70"/>
        <source>Susceptibility raster</source>
        <translation>Raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="71"/>
        <source>The susceptibility index (e.g. the output of lsm:predictraster).</source>
        <translation>L&apos;indice de susceptibilité (par ex. la sortie de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="73"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="76"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="84"/>
        <source>5 in the literature (Very low ... Very high). Ignored for user-given breaks.</source>
        <translation>5 dans la littérature (Très faible ... Très élevée). Ignoré pour des seuils donnés par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Seuils naturels de Jenks (exacts)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Equal interval</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Quantile</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>User-given breaks</source>
        <translation>Seuils donnés par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="104"/>
        <source>User-given breaks (comma separated)</source>
        <translation>Seuils donnés par l&apos;utilisateur (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="107"/>
        <source>Inner break values, e.g. 0.2,0.4,0.6,0.8, for the user-given method.</source>
        <translation>Valeurs de seuil intérieures, par ex. 0.2,0.4,0.6,0.8, pour la méthode des seuils donnés par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="109"/>
        <source>Class labels (comma separated)</source>
        <translation>Étiquettes des classes (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="112"/>
        <source>Default: Very low, Low, Moderate, High, Very high for 5 classes, else Class 1..k.</source>
        <translation>Par défaut : Très faible, Faible, Modérée, Élevée, Très élevée pour 5 classes, sinon Classe 1..k.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="116"/>
        <source>Landslide inventory (optional)</source>
        <translation>Inventaire des glissements de terrain (facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="122"/>
        <source>Points or polygons; adds % of landslides and the frequency ratio per class.</source>
        <translation>Points ou polygones ; ajoute le % de glissements et le ratio de fréquence par classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="124"/>
        <source>Classed susceptibility</source>
        <translation>Susceptibilité classée</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="127"/>
        <source>Class table</source>
        <translation>Table des classes</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="135"/>
        <source>Class table (CSV)</source>
        <translation>Table des classes (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="135"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="171"/>
        <source>Class edges (comma separated)</source>
        <translation>Bornes des classes (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="172"/>
        <source>Goodness of variance fit</source>
        <translation>Qualité d&apos;ajustement de la variance</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="178"/>
        <source>Give the break values (comma separated) for user-given breaks.</source>
        <translation>Donnez les valeurs de seuil (séparées par des virgules) pour les seuils donnés par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="185"/>
        <source>User-given breaks must be numbers separated by commas, got &apos;{}&apos;.</source>
        <translation>Les seuils donnés par l&apos;utilisateur doivent être des nombres séparés par des virgules, reçu « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="192"/>
        <source>The susceptibility raster could not be opened.</source>
        <translation>Le raster de susceptibilité n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="195"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La bande {} n&apos;existe pas dans « {} » ({} bande(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="212"/>
        <source>{} labels were given for {} classes: give one label per class.</source>
        <translation>{} étiquettes ont été données pour {} classes : donnez une étiquette par classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="224"/>
        <source>Breaks ({}): {}</source>
        <translation>Seuils ({}) : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="227"/>
        <source>Goodness of variance fit: {:.6f} over {} valid pixels ({})</source>
        <translation>Qualité d&apos;ajustement de la variance : {:.6f} sur {} pixels valides ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="290"/>
        <source>The landslide layer has no geometry.</source>
        <translation>La couche de glissements de terrain n&apos;a pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="295"/>
        <source>No landslide polygon covers a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Aucun polygone de glissement ne couvre une cellule valide de « {} » : vérifiez que les couches se superposent.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="302"/>
        <source>The landslide layer has no points.</source>
        <translation>La couche de glissements de terrain n&apos;a aucun point.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="305"/>
        <source>{} landslide point(s) outside the raster and {} on nodata were dropped.</source>
        <translation>{} point(s) de glissement hors du raster et {} sur nodata ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="311"/>
        <source>No landslide point falls on a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Aucun point de glissement ne tombe sur une cellule valide de « {} » : vérifiez que les couches se superposent.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="51"/>
        <source>Classify susceptibility (Jenks natural breaks)</source>
        <translation>Classer la susceptibilité (seuils naturels de Jenks)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="144"/>
        <source>Run name (for the run record)</source>
        <translation>Nom de l&apos;exécution (pour la fiche d&apos;exécution)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="147"/>
        <source>With a run name, a model type or a run store, the class areas are written as a run record that the metrics dock shows in its class-area chart.</source>
        <translation>Avec un nom d&apos;exécution, un type de modèle ou un registre d&apos;exécutions, les surfaces des classes sont écrites dans une fiche d&apos;exécution que le panneau des métriques affiche dans son graphique des surfaces des classes.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="155"/>
        <source>Model type of the map (for the run record)</source>
        <translation>Type de modèle de la carte (pour la fiche d&apos;exécution)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="158"/>
        <source>e.g. brf, easyensemble, smote_dnn, rf, dnn, lsnet: the dock groups class areas by it.</source>
        <translation>par ex. brf, easyensemble, smote_dnn, rf, dnn, lsnet : le panneau regroupe les surfaces des classes selon ce type.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="163"/>
        <source>Folder of run records read by the metrics dock. Default (when a run name or model type is given): &apos;lsm_runs&apos; beside the saved project, else beside the output.</source>
        <translation>Dossier des fiches d&apos;exécution lues par le panneau des métriques. Par défaut (si un nom d&apos;exécution ou un type de modèle est donné) : « lsm_runs » à côté du projet enregistré, sinon à côté de la sortie.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="173"/>
        <source>Run record</source>
        <translation>Fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="74"/>
        <source>Band of the susceptibility raster to class (default 1).</source>
        <translation>Bande du raster de susceptibilité à classer (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Jenks: exact natural breaks over all valid pixels; equal interval; quantile (exact); or the breaks given below.</source>
        <translation>Jenks : seuils naturels exacts sur tous les pixels valides ; intervalles égaux ; quantiles (exacts) ; ou les seuils donnés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="52"/>
        <source>Classes a susceptibility raster into k classes (default 5: Very low to Very high), as in Fu et al. 2024. Jenks natural breaks are exact over ALL valid pixels (not a sample), with the goodness of variance fit; equal interval, quantile and user-given breaks are the other methods.

Outputs: the classed raster (Byte, 1..k, styled), a class table (area per class; with a landslide layer also % of landslides and the frequency ratio) as a layer and CSV, the breaks and the GVF. An optional run record feeds the metrics dock&apos;s class-area chart.</source>
        <translation>Classe un raster de susceptibilité en k classes (5 par défaut : de Très faible à Très élevée), comme dans Fu et al. 2024. Les seuils naturels de Jenks sont exacts sur TOUS les pixels valides (et non sur un échantillon), avec la qualité d&apos;ajustement de la variance ; les intervalles égaux, les quantiles et les seuils donnés par l&apos;utilisateur sont les autres méthodes.

Sorties : le raster classé (Byte, 1..k, stylé), une table des classes (surface par classe ; avec une couche de glissements, aussi le % de glissements et le ratio de fréquence) sous forme de couche et de CSV, les seuils et la GVF. Une fiche d&apos;exécution facultative alimente le graphique des surfaces des classes du panneau des métriques.</translation>
    </message>
</context>
<context>
    <name>LsmAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="142"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="235"/>
        <source>Layer &apos;{}&apos; is not a valid raster layer.</source>
        <translation>La couche « {} » n&apos;est pas une couche raster valide.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="242"/>
        <source>Raster &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>Le raster « {} » n&apos;est pas un fichier sur le disque ({}) ; enregistrez-le d&apos;abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="259"/>
        <source>Several factor bands are named {}: rename the layers (or band descriptions) so each factor has its own name.</source>
        <translation>Plusieurs bandes de facteurs sont nommées {} : renommez les couches (ou les descriptions de bandes) pour que chaque facteur ait son propre nom.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="267"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}).</source>
        <translation>Le(s) facteur(s) catégoriel(s) {} ne figurent pas parmi les rasters de facteurs ({}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="5"/>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="6"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="7"/>
        <source>Negatives</source>
        <translation>Négatifs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="8"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="9"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="10"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="346"/>
        <source>Cannot write the table &apos;{}&apos;: {}</source>
        <translation>Impossible d&apos;écrire la table « {} » : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="214"/>
        <source>Cannot write the run record into &apos;{}&apos;: {}. Choose another run store folder.</source>
        <translation>Impossible d&apos;écrire la fiche d&apos;exécution dans « {} » : {}. Choisissez un autre dossier de registre d&apos;exécutions.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="221"/>
        <source>Run record: {}</source>
        <translation>Fiche d&apos;exécution : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="11"/>
        <source>The {} &apos;{}&apos; must be a point or polygon layer.</source>
        <translation>La couche {} « {} » doit être une couche de points ou de polygones.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="12"/>
        <source>{} feature(s) of the {} have no geometry and were skipped.</source>
        <translation>{} entité(s) de la couche {} n&apos;ont pas de géométrie et ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="13"/>
        <source>The {} &apos;{}&apos; must be a polygon layer.</source>
        <translation>La couche {} « {} » doit être une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="14"/>
        <source>The {} &apos;{}&apos; cannot be transformed to the rasters&apos; CRS ({}): {}</source>
        <translation>La couche {} « {} » ne peut pas être transformée dans le SCR des rasters ({}) : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="15"/>
        <source>Output &apos;{}&apos; cannot be written to &apos;{}&apos;: the folder &apos;{}&apos; cannot be created or is not writable ({}). Choose another output path.</source>
        <translation>La sortie « {} » ne peut pas être écrite dans « {} » : le dossier « {} » ne peut pas être créé ou n&apos;est pas accessible en écriture ({}). Choisissez un autre chemin de sortie.</translation>
    </message>
</context>
<context>
    <name>LsmModels</name>
    <message>
        <location filename="../build/i18n_strings.py" line="23"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="24"/>
        <source>Point layer of samples: an lsm:buildsamples / lsm:spysampling output (fields label, split and one field per factor) or any point layer with a 0/1 field.</source>
        <translation>Couche de points d&apos;échantillons : une sortie de lsm:buildsamples / lsm:spysampling (champs label, split et un champ par facteur) ou toute couche de points avec un champ 0/1.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="25"/>
        <source>Label field (1 landslide, 0 non-landslide)</source>
        <translation>Champ d&apos;étiquette (1 glissement, 0 non-glissement)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="26"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;); true/false and yes/no are accepted, NULL rows are skipped.</source>
        <translation>Champ valant 1 pour les glissements de terrain et 0 pour les autres échantillons (« label » par défaut) ; true/false et yes/no sont acceptés, les lignes NULL sont ignorées.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="27"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Champ de partition (« train » / « test »)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="28"/>
        <source>Field saying which samples are for training and which for testing (lsm:buildsamples writes &apos;split&apos;). Without it the samples are split at random, each class apart.</source>
        <translation>Champ indiquant quels échantillons servent à l&apos;entraînement et lesquels au test (lsm:buildsamples écrit « split »). Sans lui, les échantillons sont répartis au hasard, chaque classe à part.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="29"/>
        <source>Factor fields</source>
        <translation>Champs de facteurs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="30"/>
        <source>The conditioning factors, in the order the model will expect them.</source>
        <translation>Les facteurs conditionnants, dans l&apos;ordre attendu par le modèle.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="31"/>
        <source>Categorical factor fields (one-hot encoded)</source>
        <translation>Champs de facteurs catégoriels (encodés en one-hot)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="32"/>
        <source>Factors holding class codes (lithology, land cover); they must be among the factor fields.</source>
        <translation>Facteurs contenant des codes de classe (lithologie, occupation du sol) ; ils doivent figurer parmi les champs de facteurs.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="33"/>
        <source>The samples layer could not be opened.</source>
        <translation>La couche d&apos;échantillons n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="34"/>
        <source>Layer &apos;{}&apos; has no field(s) {} (its fields: {}).</source>
        <translation>La couche « {} » n&apos;a pas le(s) champ(s) {} (ses champs : {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="35"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Choisissez les champs de facteurs de la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="36"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor: remove it from the factor fields.</source>
        <translation>Le champ d&apos;étiquette « {} » est aussi choisi comme facteur : retirez-le des champs de facteurs.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="37"/>
        <source>Categorical field(s) {} are not among the factor fields; add them there too.</source>
        <translation>Le(s) champ(s) catégoriel(s) {} ne figurent pas parmi les champs de facteurs ; ajoutez-les aussi.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="38"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}).</source>
        <translation>La couche « {} » n&apos;a pas de champ de partition « {} » (ses champs : {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="39"/>
        <source>{} sample(s) of &apos;{}&apos; were left out: a missing factor value.</source>
        <translation>{} échantillon(s) de « {} » ont été écartés : une valeur de facteur manquante.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="40"/>
        <source>Cannot write the layer &apos;{}&apos;: {}</source>
        <translation>Impossible d&apos;écrire la couche « {} » : {}</translation>
    </message>
</context>
<context>
    <name>LsmParameters</name>
    <message>
        <location filename="../build/i18n_strings.py" line="16"/>
        <source>Automatic (a CUDA GPU when torch sees one, else the CPU)</source>
        <translation>Automatique (un GPU CUDA si torch en voit un, sinon le CPU)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="17"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="18"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="19"/>
        <source>Seed of every random draw: the same inputs and seed give the same results.</source>
        <translation>Graine de chaque tirage aléatoire : les mêmes entrées et la même graine donnent les mêmes résultats.</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="93"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="105"/>
        <source>Parallel jobs (-1 = all cores)</source>
        <translation>Tâches parallèles (-1 = tous les cœurs)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="117"/>
        <source>Device (torch models)</source>
        <translation>Périphérique (modèles torch)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="128"/>
        <source>Run store folder</source>
        <translation>Dossier du registre d&apos;exécutions</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="20"/>
        <source>Threads that work at once: -1 uses all cores, 1 runs on one thread; any number gives the same result for the same seed.</source>
        <translation>Fils d&apos;exécution travaillant simultanément : -1 utilise tous les cœurs, 1 s&apos;exécute sur un seul fil ; tout nombre donne le même résultat pour la même graine.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="21"/>
        <source>Where the torch neural networks run: automatic picks a CUDA GPU when torch sees one, else the CPU. Other models ignore it.</source>
        <translation>Où s&apos;exécutent les réseaux de neurones torch : automatique choisit un GPU CUDA si torch en voit un, sinon le CPU. Les autres modèles l&apos;ignorent.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="22"/>
        <source>Folder of the run records (JSON) the metrics dock reads. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the output, else in the home folder.</source>
        <translation>Dossier des fiches d&apos;exécution (JSON) lues par le panneau des métriques. Vide : « lsm_runs » à côté du projet enregistré, sinon à côté de la sortie, sinon dans le dossier personnel.</translation>
    </message>
</context>
<context>
    <name>LsmProvider</name>
    <message>
        <location filename="../plugin/provider.py" line="50"/>
        <source>Could not read the model {}</source>
        <translation>Impossible de lire le modèle {}</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="64"/>
        <source>Landslide susceptibility</source>
        <translation>Susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="67"/>
        <source>Landslide susceptibility {}</source>
        <translation>Susceptibilité aux glissements de terrain {}</translation>
    </message>
</context>
<context>
    <name>LsnetPredictAlgorithm</name>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="46"/>
        <source>LSNet bundle</source>
        <translation>Paquet LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="49"/>
        <source>A .lsmodel file written by lsm:trainlsnet.</source>
        <translation>Un fichier .lsmodel écrit par lsm:trainlsnet.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="51"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="54"/>
        <source>The factors the network was trained on, named as at training (extra rasters are ignored).</source>
        <translation>Les facteurs sur lesquels le réseau a été entraîné, nommés comme à l&apos;entraînement (les rasters supplémentaires sont ignorés).</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="60"/>
        <source>Tile size: the inference batch (cells per side)</source>
        <translation>Taille des tuiles : le lot d&apos;inférence (cellules par côté)</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="68"/>
        <source>The batch size of the dense inference: the network runs over square tiles of this many cells per side at once (256 x 256 = 65 536 cells per batch), not over a batch of patches. Larger tiles waste less on the halo but need more memory; 256 suits a CPU, 512 or 1024 a GPU.</source>
        <translation>La taille de lot de l&apos;inférence dense : le réseau s&apos;exécute sur des tuiles carrées de ce nombre de cellules par côté à la fois (256 x 256 = 65 536 cellules par lot), et non sur un lot de patchs. Des tuiles plus grandes gaspillent moins sur la marge mais demandent plus de mémoire ; 256 convient à un CPU, 512 ou 1024 à un GPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="76"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto : un GPU CUDA si torch en voit un, sinon le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="77"/>
        <source>LSNet susceptibility</source>
        <translation>Susceptibilité LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="80"/>
        <source>Cells predicted</source>
        <translation>Cellules prédites</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="98"/>
        <source>The LSNet map is written as GeoTIFF: give the output a .tif extension (got &apos;{}&apos;).</source>
        <translation>La carte LSNet est écrite en GeoTIFF : donnez à la sortie une extension .tif (reçu « {} »).</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="105"/>
        <source>LSNet with patch {} cells on {} x {} cells, tiles of {} cells, device {}.</source>
        <translation>LSNet avec un patch de {} cellules sur {} x {} cellules, tuiles de {} cellules, périphérique {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="113"/>
        <source>{} cells predicted.</source>
        <translation>{} cellules prédites.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="53"/>
        <source>Predict susceptibility with LSNet</source>
        <translation>Prédire la susceptibilité avec LSNet</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="54"/>
        <source>Maps the landslide probability of every cell with an LSNet bundle made by lsm:trainlsnet (Zhang et al. 2022). The factor rasters are matched to the bundle by name and must have the training cell size.

The network runs as its fully convolutional twin over square tiles with a halo of half a patch: seamless, and equal to the patch network on each cell. Cells with a nodata factor get -9999.

Output: a Float32 GeoTIFF on the factors&apos; grid, styled 0 to 1. The help link gives the details.</source>
        <translation>Cartographie la probabilité de glissement de terrain de chaque cellule avec un paquet LSNet créé par lsm:trainlsnet (Zhang et al. 2022). Les rasters de facteurs sont associés au paquet par leur nom et doivent avoir la taille de cellule de l&apos;entraînement.

Le réseau s&apos;exécute sous la forme de son jumeau entièrement convolutif sur des tuiles carrées avec une marge d&apos;un demi-patch : sans raccord, et égal au réseau à patchs sur chaque cellule. Les cellules ayant un facteur nodata reçoivent -9999.

Sortie : un GeoTIFF Float32 sur la grille des facteurs, stylé de 0 à 1. Le lien d&apos;aide donne les détails.</translation>
    </message>
</context>
<context>
    <name>PredictRasterAlgorithm</name>
    <message>
        <location filename="../algorithms/predictraster.py" line="63"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="66"/>
        <source>A .lsmodel file written by lsm:trainmodel or lsm:spysampling (trusted files only).</source>
        <translation>Un fichier .lsmodel écrit par lsm:trainmodel ou lsm:spysampling (fichiers de confiance uniquement).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="70"/>
        <source>More bundles (repeated samplings)</source>
        <translation>Paquets supplémentaires (échantillonnages répétés)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="76"/>
        <source>Further bundles trained on the same factors (e.g. repeated samplings): the map is the mean probability of all bundles and the uncertainty their standard deviation.</source>
        <translation>Autres paquets entraînés sur les mêmes facteurs (par ex. échantillonnages répétés) : la carte est la probabilité moyenne de tous les paquets et l&apos;incertitude leur écart-type.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="83"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="86"/>
        <source>The factors the model was trained on, named as at training, on one grid.</source>
        <translation>Les facteurs sur lesquels le modèle a été entraîné, nommés comme à l&apos;entraînement, sur une même grille.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="88"/>
        <source>Mask (study area polygons)</source>
        <translation>Masque (polygones de la zone d&apos;étude)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="91"/>
        <source>Only cells whose centre is inside these polygons are predicted (any CRS).</source>
        <translation>Seules les cellules dont le centre est à l&apos;intérieur de ces polygones sont prédites (tout SCR).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="93"/>
        <source>Cells per block</source>
        <translation>Cellules par bloc</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="100"/>
        <source>Cells read and predicted at once (rounded to the rasters&apos; blocks). Larger blocks amortise the model&apos;s per-call cost; memory grows with them.</source>
        <translation>Cellules lues et prédites à la fois (arrondi aux blocs des rasters). Des blocs plus grands amortissent le coût par appel du modèle ; la mémoire augmente avec eux.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="107"/>
        <source>Memory budget for blocks (MB, 0 = use cells per block)</source>
        <translation>Budget mémoire des blocs (Mo, 0 = utiliser les cellules par bloc)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="114"/>
        <source>When set, the block size is chosen to keep the prediction&apos;s working memory near it.</source>
        <translation>S&apos;il est défini, la taille des blocs est choisie pour maintenir la mémoire de travail de la prédiction près de cette valeur.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="120"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU. Ignored by scikit-learn models.</source>
        <translation>auto : un GPU CUDA si torch en voit un, sinon le CPU. Ignoré par les modèles scikit-learn.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="127"/>
        <source>Dask scheduler address</source>
        <translation>Adresse de l&apos;ordonnanceur Dask</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="128"/>
        <source>e.g. tcp://10.0.0.5:8786: run the blocks on that Dask cluster. Empty: run here.</source>
        <translation>par ex. tcp://10.0.0.5:8786 : exécuter les blocs sur ce cluster Dask. Vide : exécuter ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="131"/>
        <source>Susceptibility</source>
        <translation>Susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="132"/>
        <source>Uncertainty (standard deviation)</source>
        <translation>Incertitude (écart-type)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="140"/>
        <source>Cells predicted</source>
        <translation>Cellules prédites</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="141"/>
        <source>Mean probability</source>
        <translation>Probabilité moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="142"/>
        <source>Factors used (comma separated)</source>
        <translation>Facteurs utilisés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="164"/>
        <source>The mask layer &apos;{}&apos; has no polygon.</source>
        <translation>La couche de masque « {} » n&apos;a aucun polygone.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="169"/>
        <source>The mask layer &apos;{}&apos; does not overlap the factor rasters: check its CRS and extent.</source>
        <translation>La couche de masque « {} » ne recouvre pas les rasters de facteurs : vérifiez son SCR et son emprise.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="191"/>
        <source>The maps are written as GeoTIFF: give &apos;{}&apos; a .tif extension.</source>
        <translation>Les cartes sont écrites en GeoTIFF : donnez à « {} » une extension .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="202"/>
        <source>{} bundle(s) ({}) on {} x {} cells, factors {}, blocks of about {} cells.</source>
        <translation>{} paquet(s) ({}) sur {} x {} cellules, facteurs {}, blocs d&apos;environ {} cellules.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="224"/>
        <source>{} cells predicted in {} blocks; probability min {:.4f}, mean {:.4f}, max {:.4f}.</source>
        <translation>{} cellules prédites en {} blocs ; probabilité min {:.4f}, moyenne {:.4f}, max {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="230"/>
        <source>Device: {}</source>
        <translation>Périphérique : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="232"/>
        <source>Uncertainty: standard deviation across {} members, max {:.4f}.</source>
        <translation>Incertitude : écart-type sur {} membres, max {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="55"/>
        <source>Predict susceptibility map</source>
        <translation>Prédire la carte de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="119"/>
        <source>Threads that predict each block (-1: all cores).</source>
        <translation>Fils d&apos;exécution qui prédisent chaque bloc (-1 : tous les cœurs).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="56"/>
        <source>Maps the landslide probability (0..1) of every cell with a model bundle of lsm:trainmodel or lsm:spysampling (LSNet has lsm:lsnetpredict). Factor rasters are matched to the bundle by name.

The rasters are read block by block (bounded memory); only cells where every factor has a value (and inside the mask) are predicted. With several bundles the map is their mean and the optional uncertainty their standard deviation; with one, the spread of its ensemble members. A Dask scheduler can run the blocks on a cluster.

Output: Float32 GeoTIFF, nodata -9999. Bundles hold pickles: open only trusted files. The help link gives the details.</source>
        <translation>Cartographie la probabilité de glissement de terrain (0..1) de chaque cellule avec un paquet de modèle de lsm:trainmodel ou de lsm:spysampling (LSNet a lsm:lsnetpredict). Les rasters de facteurs sont associés au paquet par leur nom.

Les rasters sont lus bloc par bloc (mémoire bornée) ; seules les cellules où chaque facteur a une valeur (et à l&apos;intérieur du masque) sont prédites. Avec plusieurs paquets, la carte est leur moyenne et l&apos;incertitude facultative leur écart-type ; avec un seul, la dispersion des membres de son ensemble. Un ordonnanceur Dask peut exécuter les blocs sur un cluster.

Sortie : GeoTIFF Float32, nodata -9999. Les paquets contiennent des pickles : n&apos;ouvrez que des fichiers de confiance. Le lien d&apos;aide donne les détails.</translation>
    </message>
</context>
<context>
    <name>RateCurvesAlgorithm</name>
    <message>
        <location filename="../algorithms/ratecurves.py" line="78"/>
        <source>Susceptibility raster</source>
        <translation>Raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="82"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="89"/>
        <source>Study-area mask raster</source>
        <translation>Raster de masque de la zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="95"/>
        <source>Study-area polygons</source>
        <translation>Polygones de la zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="105"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="111"/>
        <source>Rate curves table (CSV)</source>
        <translation>Table des courbes de taux (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="111"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="116"/>
        <source>Rate curves (PNG)</source>
        <translation>Courbes de taux (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="116"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="121"/>
        <source>Success-rate AUC</source>
        <translation>AUC du taux de succès</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="122"/>
        <source>Prediction-rate AUC</source>
        <translation>AUC du taux de prédiction</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="123"/>
        <source>Run record</source>
        <translation>Fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="124"/>
        <source>Run id</source>
        <translation>Identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="127"/>
        <source>Sample layer (label and split fields)</source>
        <translation>Couche d&apos;échantillons (champs d&apos;étiquette et de partition)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="137"/>
        <source>Label field</source>
        <translation>Champ d&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="143"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Champ de partition (« train » / « test »)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="172"/>
        <source>susceptibility raster</source>
        <translation>raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="195"/>
        <source>The {} could not be opened.</source>
        <translation>Le {} n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="198"/>
        <source>The {} &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>Le {} « {} » n&apos;est pas un fichier sur le disque ({}) ; enregistrez-le d&apos;abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="207"/>
        <source>Layer &apos;{}&apos; is in {} but the map &apos;{}&apos; is in {}: reproject the landslides to the map&apos;s CRS (Vector &gt; Data Management Tools &gt; Reproject Layer) and run again.</source>
        <translation>La couche « {} » est en {} mais la carte « {} » est en {} : reprojetez les glissements dans le SCR de la carte (Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche) et relancez.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="222"/>
        <source>No landslide was given: choose a sample layer with training / test landslides, or a training or test inventory.</source>
        <translation>Aucun glissement n&apos;a été fourni : choisissez une couche d&apos;échantillons avec des glissements d&apos;entraînement / de test, ou un inventaire d&apos;entraînement ou de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="236"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}): choose the field saying &apos;train&apos; / &apos;test&apos;, or give a training and a test inventory instead.</source>
        <translation>La couche « {} » n&apos;a pas de champ de partition « {} » (ses champs : {}) : choisissez le champ indiquant « train » / « test », ou fournissez plutôt un inventaire d&apos;entraînement et un inventaire de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="254"/>
        <source>Layer &apos;{}&apos; has no &apos;{}&apos; landslide: no {}-rate curve.</source>
        <translation>La couche « {} » n&apos;a aucun glissement « {} » : pas de courbe de taux de {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="261"/>
        <source>{} landslide(s) of &apos;{}&apos; have no &apos;train&apos; / &apos;test&apos; split value and were left out.</source>
        <translation>{} glissement(s) de « {} » n&apos;ont pas de valeur de partition « train » / « test » et ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="276"/>
        <source>inventory</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="282"/>
        <source>&apos;{}&apos;: {} polygon(s), {} cell(s) by cell centre.</source>
        <translation>« {} » : {} polygone(s), {} cellule(s) par centre de cellule.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="295"/>
        <source>Give either a mask raster or study-area polygons, not both.</source>
        <translation>Fournissez soit un raster de masque, soit des polygones de zone d&apos;étude, pas les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="297"/>
        <source>mask raster</source>
        <translation>raster de masque</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="300"/>
        <source>study area</source>
        <translation>zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="304"/>
        <source>&apos;{}&apos;: {} cells in the study area.</source>
        <translation>« {} » : {} cellules dans la zone d&apos;étude.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="307"/>
        <source>{}-rate curve: AUC {:.4f} on {} landslide cells; the top 10 % of the area holds {:.1%} of them, the top 20 % {:.1%}.</source>
        <translation>Courbe de taux de {} : AUC {:.4f} sur {} cellules de glissement ; les 10 % les plus susceptibles de la surface en contiennent {:.1%}, les 20 % {:.1%}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="57"/>
        <source>Success and prediction rate curves</source>
        <translation>Courbes de taux de succès et de prédiction</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="58"/>
        <source>Success-rate (training landslides) and prediction-rate (test landslides) curves of a susceptibility map (Chung and Fabbri 2003): the share of landslide cells inside the most susceptible x % of the area, and the area under each curve (0.5: no better than chance). Exact over every cell of the map, ties included.

Landslides: a sample layer with a label and a split field (&apos;train&apos; / &apos;test&apos;), or a training and a test inventory (points, or polygons by the cells whose centre they cover). An optional mask raster or polygon layer limits the study area. The landslides must be in the map&apos;s CRS.

Outputs: a CSV of the curves, a PNG, SUCCESS_AUC, PREDICTION_AUC and a run record.</source>
        <translation>Courbes de taux de succès (glissements d&apos;entraînement) et de taux de prédiction (glissements de test) d&apos;une carte de susceptibilité (Chung et Fabbri 2003) : la part des cellules de glissement dans les x % les plus susceptibles de la surface, et l&apos;aire sous chaque courbe (0,5 : pas mieux que le hasard). Exact sur toutes les cellules de la carte, égalités comprises.

Glissements de terrain : une couche d&apos;échantillons avec un champ d&apos;étiquette et un champ de partition (« train » / « test »), ou un inventaire d&apos;entraînement et un inventaire de test (points, ou polygones par les cellules dont ils couvrent le centre). Un raster de masque ou une couche de polygones facultatifs limitent la zone d&apos;étude. Les glissements doivent être dans le SCR de la carte.

Sorties : un CSV des courbes, un PNG, SUCCESS_AUC, PREDICTION_AUC et une fiche d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../build/i18n_strings.py" line="59"/>
        <source>HTML report of the runs and maps</source>
        <translation>Rapport HTML des exécutions et des cartes</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="67"/>
        <source>Folder of the run records (*.lsmrun.json) the algorithms wrote. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the report.</source>
        <translation>Dossier des fiches d&apos;exécution (*.lsmrun.json) écrites par les algorithmes. Vide : « lsm_runs » à côté du projet enregistré, sinon à côté du rapport.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="74"/>
        <source>Maps to show</source>
        <translation>Cartes à afficher</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="77"/>
        <source>Rasters drawn into the report in this order, e.g. the susceptibility map and its Jenks classes. Rasters of a few integer values are shown (and their area counted) as classes.</source>
        <translation>Rasters dessinés dans le rapport dans cet ordre, par ex. la carte de susceptibilité et ses classes de Jenks. Les rasters à peu de valeurs entières sont affichés (et leur surface comptée) comme des classes.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="84"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="133"/>
        <source>Landslide susceptibility report</source>
        <translation>Rapport de susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="87"/>
        <source>Heading and window title of the report.</source>
        <translation>Titre principal et titre de fenêtre du rapport.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="89"/>
        <source>Map image width (pixels)</source>
        <translation>Largeur de l&apos;image des cartes (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="97"/>
        <source>Width of each rendered map; the height follows the map&apos;s extent.</source>
        <translation>Largeur de chaque carte rendue ; la hauteur suit l&apos;emprise de la carte.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="100"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="100"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="103"/>
        <source>The HTML file written.</source>
        <translation>Le fichier HTML écrit.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="105"/>
        <source>Run records in the report</source>
        <translation>Fiches d&apos;exécution du rapport</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="106"/>
        <source>Unreadable records</source>
        <translation>Fiches illisibles</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="107"/>
        <source>Embedded images</source>
        <translation>Images intégrées</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="115"/>
        <source>&apos;{}&apos; is not a valid raster layer: left out.</source>
        <translation>« {} » n&apos;est pas une couche raster valide : écartée.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="125"/>
        <source>Choose where to write the report (an .html file).</source>
        <translation>Choisissez où écrire le rapport (un fichier .html).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="128"/>
        <source>The run store folder &apos;{}&apos; does not exist: the report has no run records.</source>
        <translation>Le dossier de registre d&apos;exécutions « {} » n&apos;existe pas : le rapport n&apos;a aucune fiche d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="141"/>
        <source>Rendering {}</source>
        <translation>Rendu de {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="145"/>
        <source>&apos;{}&apos; could not be rendered: left out.</source>
        <translation>« {} » n&apos;a pas pu être rendu : écarté.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="155"/>
        <source>Report with {} run record(s), {} map(s), {} image(s): {}</source>
        <translation>Rapport avec {} fiche(s) d&apos;exécution, {} carte(s), {} image(s) : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>{} file(s) of the run store are not readable records; the report lists why.</source>
        <translation>{} fichier(s) du registre d&apos;exécutions ne sont pas des fiches lisibles ; le rapport indique pourquoi.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="60"/>
        <source>Writes one self-contained HTML file (images embedded) to send to a colleague: the metrics of every run record of the run store at the reported and the G-mean-best threshold, the ROC and precision-recall curves overlaid, the class-area distribution and the given maps (e.g. of lsm:predictraster and lsm:jenksclassify) rendered with their layer style, or a green-to-red ramp when they have none. Records that cannot be read are listed with the reason. Details: the help link.</source>
        <translation>Écrit un fichier HTML autonome (images intégrées) à envoyer à un collègue : les métriques de chaque fiche d&apos;exécution du registre au seuil rapporté et au seuil optimal G-mean, les courbes ROC et précision-rappel superposées, la répartition des surfaces des classes et les cartes données (par ex. de lsm:predictraster et lsm:jenksclassify) rendues avec leur style de couche, ou une rampe du vert au rouge si elles n&apos;en ont pas. Les fiches illisibles sont listées avec la raison. Détails : le lien d&apos;aide.</translation>
    </message>
</context>
<context>
    <name>SaturationTestAlgorithm</name>
    <message>
        <location filename="../algorithms/saturationtest.py" line="64"/>
        <source>Test share of each class when there is no split field</source>
        <translation>Part de test de chaque classe en l&apos;absence de champ de partition</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="76"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="86"/>
        <source>Imbalance ratios (negatives per landslide, comma separated)</source>
        <translation>Ratios de déséquilibre (négatifs par glissement, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="94"/>
        <source>Repeats (resamplings per model and ratio)</source>
        <translation>Répétitions (rééchantillonnages par modèle et ratio)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="104"/>
        <source>Test set ratio (negatives per test landslide; 0 = all test negatives)</source>
        <translation>Ratio de l&apos;ensemble de test (négatifs par glissement de test ; 0 = tous les négatifs de test)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="114"/>
        <source>Model parameters (model.name=value; ...)</source>
        <translation>Paramètres des modèles (modele.nom=valeur ; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="126"/>
        <source>Saturation runs (long table)</source>
        <translation>Exécutions de saturation (table longue)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="131"/>
        <source>Saturation summary (mean and sd)</source>
        <translation>Résumé de saturation (moyenne et écart-type)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="136"/>
        <source>Metrics vs ratio (PNG)</source>
        <translation>Métriques selon le ratio (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="136"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="144"/>
        <source>Group key of the run records</source>
        <translation>Clé de groupe des fiches d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="145"/>
        <source>Number of fits</source>
        <translation>Nombre d&apos;ajustements</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="155"/>
        <source>Model parameter &apos;{}&apos; needs its model: write model.name=value (e.g. brf.n_estimators=200).</source>
        <translation>Le paramètre de modèle « {} » a besoin de son modèle : écrivez modele.nom=valeur (par ex. brf.n_estimators=200).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="162"/>
        <source>Unknown model &apos;{}&apos; in the model parameters; models are {}.</source>
        <translation>Modèle inconnu « {} » dans les paramètres des modèles ; les modèles sont {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="173"/>
        <source>Choose at least one model.</source>
        <translation>Choisissez au moins un modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="215"/>
        <source>{} run records written to {} (group {}).</source>
        <translation>{} fiches d&apos;exécution écrites dans {} (groupe {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="248"/>
        <source>Mean +/- sd (BA, ROC-AUC, PR-AUC):</source>
        <translation>Moyenne +/- écart-type (BA, ROC-AUC, PR-AUC) :</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="263"/>
        <source>Saturation test - {}</source>
        <translation>Test de saturation - {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="61"/>
        <source>Saturation test (metrics vs imbalance ratio)</source>
        <translation>Test de saturation (métriques selon le ratio de déséquilibre)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="120"/>
        <source>Seed of the test set, the negative draws and the models.</source>
        <translation>Graine de l&apos;ensemble de test, des tirages de négatifs et des modèles.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="121"/>
        <source>Fits that run at once in threads: -1 uses all cores.</source>
        <translation>Ajustements exécutés simultanément dans des fils : -1 utilise tous les cœurs.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="123"/>
        <source>Folder of the run records (one per fit, sharing a group key).</source>
        <translation>Dossier des fiches d&apos;exécution (une par ajustement, partageant une clé de groupe).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="62"/>
        <source>The saturation test of Fu et al. 2024 (IEEE JSTARS 17): how do imbalanced learners behave as more negatives per landslide are used for training?

A test set is fixed once (the test landslides and r_test negatives each); then for each ratio and repeat, ratio x n training negatives are drawn (the same draw for every model) and each model is trained and scored on that test set.

Outputs: a long table (one row per fit), mean +/- sd per model and ratio, a PNG of each metric against the ratio, and one run record per fit sharing a group key for the metrics dock.</source>
        <translation>Le test de saturation de Fu et al. 2024 (IEEE JSTARS 17) : comment se comportent les apprenants pour données déséquilibrées lorsque davantage de négatifs par glissement de terrain sont utilisés pour l&apos;entraînement ?

Un ensemble de test est fixé une fois pour toutes (les glissements de test et r_test négatifs pour chacun) ; puis, pour chaque ratio et chaque répétition, ratio x n négatifs d&apos;entraînement sont tirés (le même tirage pour chaque modèle) et chaque modèle est entraîné et évalué sur cet ensemble de test.

Sorties : une table longue (une ligne par ajustement), moyenne +/- écart-type par modèle et ratio, un PNG de chaque métrique en fonction du ratio, et une fiche d&apos;exécution par ajustement partageant une clé de groupe pour le panneau des métriques.</translation>
    </message>
</context>
<context>
    <name>SpySampling</name>
    <message>
        <location filename="../algorithms/spysampling.py" line="325"/>
        <source>Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer could not be read and no inventory was given.</source>
        <translation>Fournissez une couche d&apos;échantillons (issue de lsm:buildsamples) ou un inventaire des glissements de terrain : la couche d&apos;échantillons n&apos;a pas pu être lue et aucun inventaire n&apos;a été fourni.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="332"/>
        <source>Give either a sample layer or a landslide inventory, not both: with a sample layer the inventory is not used.</source>
        <translation>Fournissez soit une couche d&apos;échantillons, soit un inventaire des glissements de terrain, pas les deux : avec une couche d&apos;échantillons, l&apos;inventaire n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="346"/>
        <source>Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, or name the layers/band descriptions as the fields.</source>
        <translation>Le(s) champ(s) de facteur {} n&apos;ont pas de raster de facteur du même nom (rasters : {}). Ajoutez les rasters, ou nommez les couches/descriptions de bandes comme les champs.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="61"/>
        <source>&apos;{}&apos; has no field &apos;{}&apos;: every point is training data, no test negatives.</source>
        <translation>« {} » n&apos;a pas de champ « {} » : chaque point est une donnée d&apos;entraînement, aucun négatif de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="77"/>
        <source>{} point(s) outside the factor rasters were left out.</source>
        <translation>{} point(s) hors des rasters de facteurs ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="83"/>
        <source>{} point(s) without a value for every factor field were left out.</source>
        <translation>{} point(s) sans valeur pour chaque champ de facteur ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="394"/>
        <source>Samples built from &apos;{}&apos;: {}</source>
        <translation>Échantillons construits à partir de « {} » : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="63"/>
        <source>Reliable negatives (spy technique / Bagging-PU)</source>
        <translation>Négatifs fiables (technique des espions / Bagging-PU)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="393"/>
        <source>The samples built from &apos;{}&apos; could not be read.</source>
        <translation>Les échantillons construits à partir de « {} » n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="64"/>
        <source>Finds reliable non-landslide cells (negatives) by positive-unlabeled learning (Fu et al. 2024, IEEE JSTARS 17): the spy technique in two steps, or Bagging-PU (Mordelet &amp; Vert 2014).

Input: the sample layer of lsm:buildsamples and the factor rasters, or the landslide inventory (lsm:buildsamples is then run first). A prior model per split is mapped and classed by Jenks breaks; negatives come from its low classes (spy) or are the lowest-scored cells (Bagging-PU).

Outputs: the negatives (with the landslides, for lsm:trainmodel), the prior maps and model bundles (pickles: load only trusted ones), a summary table and a run record. Details: the help link.</source>
        <translation>Trouve des cellules fiables sans glissement de terrain (négatifs) par apprentissage positif-non étiqueté (Fu et al. 2024, IEEE JSTARS 17) : la technique des espions en deux étapes, ou Bagging-PU (Mordelet &amp; Vert 2014).

Entrée : la couche d&apos;échantillons de lsm:buildsamples et les rasters de facteurs, ou l&apos;inventaire des glissements (lsm:buildsamples est alors exécuté d&apos;abord). Un modèle a priori par partition est cartographié et classé par seuils de Jenks ; les négatifs proviennent de ses classes basses (espions) ou sont les cellules les moins bien notées (Bagging-PU).

Sorties : les négatifs (avec les glissements, pour lsm:trainmodel), les cartes a priori et les paquets de modèle (pickles : ne chargez que ceux de confiance), une table de résumé et une fiche d&apos;exécution. Détails : le lien d&apos;aide.</translation>
    </message>
</context>
<context>
    <name>TrainLsnetAlgorithm</name>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="241"/>
        <source>The patch size must be odd (the cell sits in its centre); {} is even.</source>
        <translation>La taille du patch doit être impaire (la cellule est en son centre) ; {} est pair.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="252"/>
        <source>The sample layer could not be opened.</source>
        <translation>La couche d&apos;échantillons n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="269"/>
        <source>No sample of layer &apos;{}&apos; falls on the factor rasters: check that the layer and the rasters cover the same area (CRS {} vs the rasters&apos;).</source>
        <translation>Aucun échantillon de la couche « {} » ne tombe sur les rasters de facteurs : vérifiez que la couche et les rasters couvrent la même zone (SCR {} contre celui des rasters).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="276"/>
        <source>{} sample(s) of &apos;{}&apos; fall outside the factor rasters and are left out.</source>
        <translation>{} échantillon(s) de « {} » tombent hors des rasters de facteurs et sont écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="302"/>
        <source>{} sample(s) lie on nodata cells of a factor and are left out.</source>
        <translation>{} échantillon(s) se trouvent sur des cellules nodata d&apos;un facteur et sont écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="369"/>
        <source>{} training, {} validation and {} test samples; patch {} cells, {} blocks {}, dense {}.</source>
        <translation>{} échantillons d&apos;entraînement, {} de validation et {} de test ; patch de {} cellules, {} blocs {}, dense {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="382"/>
        <source>Device: {}</source>
        <translation>Périphérique : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="35"/>
        <source>Test ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).</source>
        <translation>ROC-AUC de test {:.3f}, G-mean {:.3f} (meilleure époque {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="42"/>
        <source>The test samples hold one class only: no test metrics.</source>
        <translation>Les échantillons de test ne contiennent qu&apos;une seule classe : pas de métriques de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="95"/>
        <source>LSNet training ({})</source>
        <translation>Entraînement LSNet ({})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="65"/>
        <source>Train LSNet (CNN on factor patches)</source>
        <translation>Entraîner LSNet (CNN sur des patchs de facteurs)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="66"/>
        <source>Trains LSNet (Zhang et al. 2022, Geoscience Letters 9:26), a convolutional network that reads a square patch of the factor rasters around a cell and gives the landslide probability of that cell.

Samples: points with a 0/1 label field (lsm:buildsamples or lsm:spysampling output, or any point layer); a split field (&apos;train&apos;/&apos;test&apos;, optionally &apos;validation&apos;) keeps the test samples for the final metrics, else a seeded test share is held out. Early stopping keeps the best epoch by validation AUC. Nodata inside a patch is filled and flagged in a mask channel.

Outputs: an LSNet bundle for lsm:lsnetpredict, the training curves (table and PNG) and a run record. The help link gives the architecture, training and nodata details.</source>
        <translation>Entraîne LSNet (Zhang et al. 2022, Geoscience Letters 9:26), un réseau convolutif qui lit un patch carré des rasters de facteurs autour d&apos;une cellule et donne la probabilité de glissement de terrain de cette cellule.

Échantillons : des points avec un champ d&apos;étiquette 0/1 (sortie de lsm:buildsamples ou de lsm:spysampling, ou toute couche de points) ; un champ de partition (« train »/« test », éventuellement « validation ») réserve les échantillons de test aux métriques finales, sinon une part de test tirée avec la graine est mise de côté. L&apos;arrêt précoce conserve la meilleure époque selon l&apos;AUC de validation. Les nodata à l&apos;intérieur d&apos;un patch sont remplis et signalés dans un canal de masque.

Sorties : un paquet LSNet pour lsm:lsnetpredict, les courbes d&apos;entraînement (table et PNG) et une fiche d&apos;exécution. Le lien d&apos;aide donne les détails sur l&apos;architecture, l&apos;entraînement et les nodata.</translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/trainmodel.py" line="79"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="85"/>
        <source>Model type; the bundle and run record name it by its key ({}).</source>
        <translation>Type de modèle ; le paquet et la fiche d&apos;exécution le nomment par sa clé ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="91"/>
        <source>Imbalance ratio (negatives per landslide; 0 = all negatives)</source>
        <translation>Ratio de déséquilibre (négatifs par glissement ; 0 = tous les négatifs)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="94"/>
        <source>1 = balanced benchmark; Fu et al. 2024 use 1:2.5 to 1:200.</source>
        <translation>1 = référence équilibrée ; Fu et al. 2024 utilisent de 1:2.5 à 1:200.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="95"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Paramètres du modèle (nom=valeur ; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Hyper-parameter search by cross-validation</source>
        <translation>Recherche d&apos;hyperparamètres par validation croisée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Stratified folds</source>
        <translation>Plis stratifiés</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Spatial blocks</source>
        <translation>Blocs spatiaux</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="157"/>
        <source>Cross-validation folds</source>
        <translation>Plis de validation croisée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="165"/>
        <source>Spatial block size (map units)</source>
        <translation>Taille des blocs spatiaux (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="173"/>
        <source>Cross-validation score</source>
        <translation>Score de validation croisée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="180"/>
        <source>Search grid (name=v1,v2; ...; empty = default grid)</source>
        <translation>Grille de recherche (nom=v1,v2 ; ... ; vide = grille par défaut)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="106"/>
        <source>Factor rasters (optional)</source>
        <translation>Rasters de facteurs (facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="109"/>
        <source>The factor rasters the model will be applied to: their names are checked against the factor fields and their CRS and cell size are recorded in the bundle.</source>
        <translation>Les rasters de facteurs auxquels le modèle sera appliqué : leurs noms sont vérifiés par rapport aux champs de facteurs, et leur SCR et leur taille de cellule sont enregistrés dans le paquet.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="122"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="131"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="131"/>
        <source>LSM model bundle (*{})</source>
        <translation>Paquet de modèle LSM (*{})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="136"/>
        <source>Run record</source>
        <translation>Fiche d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="137"/>
        <source>Run id</source>
        <translation>Identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="138"/>
        <source>ROC-AUC (test rows, else training)</source>
        <translation>ROC-AUC (lignes de test, sinon entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="139"/>
        <source>Balanced accuracy (test rows, else training)</source>
        <translation>Exactitude équilibrée (lignes de test, sinon entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="215"/>
        <source>Training {} on {} landslides and {} negatives (1:{:.3g}) from &apos;{}&apos;; {} test rows.</source>
        <translation>Entraînement de {} sur {} glissements et {} négatifs (1:{:.3g}) de « {} » ; {} lignes de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="312"/>
        <source>Give a spatial block size above 0 map units.</source>
        <translation>Donnez une taille de bloc spatial supérieure à 0 unité de carte.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="329"/>
        <source>Best parameters by {} {} CV: {}</source>
        <translation>Meilleurs paramètres par {} en VC {} : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="340"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="342"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="252"/>
        <source>Model bundle written: {}</source>
        <translation>Paquet de modèle écrit : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="362"/>
        <source>Factor field(s) {} have no raster of that name among the factor rasters ({}); name the rasters as the fields when you apply the model (lsm:predictraster matches them by name).</source>
        <translation>Le(s) champ(s) de facteur {} n&apos;ont pas de raster de ce nom parmi les rasters de facteurs ({}) ; nommez les rasters comme les champs lorsque vous appliquez le modèle (lsm:predictraster les associe par nom).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="373"/>
        <source>{} ({} landslides, {} negatives): OA {:.3f}, precision {:.3f}, sensitivity {:.3f}, specificity {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} at threshold {:.2f}</source>
        <translation>{} ({} glissements, {} négatifs) : OA {:.3f}, précision {:.3f}, sensibilité {:.3f}, spécificité {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} au seuil {:.2f}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="67"/>
        <source>Train susceptibility model</source>
        <translation>Entraîner un modèle de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="95"/>
        <source>Overrides of the model&apos;s defaults, e.g. &apos;n_estimators=300; max_depth=12&apos; (the names and defaults of each model are in the help link).</source>
        <translation>Valeurs remplaçant celles par défaut du modèle, par ex. « n_estimators=300; max_depth=12 » (les noms et valeurs par défaut de chaque modèle sont dans le lien d&apos;aide).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="116"/>
        <source>Seed of every random draw: the same seed and data give the same model.</source>
        <translation>Graine de chaque tirage aléatoire : la même graine et les mêmes données donnent le même modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="122"/>
        <source>Write the run&apos;s record (metrics, curves, parameters) into the run store for the metrics dock.</source>
        <translation>Écrire la fiche de l&apos;exécution (métriques, courbes, paramètres) dans le registre d&apos;exécutions pour le panneau des métriques.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Grid search on the training rows: folds stratified by class, or folds of whole square blocks (neighbouring cells never on both sides). The best combination is refitted on all training rows.</source>
        <translation>Recherche sur grille sur les lignes d&apos;entraînement : plis stratifiés par classe, ou plis de blocs carrés entiers (des cellules voisines ne sont jamais des deux côtés). La meilleure combinaison est réajustée sur toutes les lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="160"/>
        <source>Number of folds of the cross-validation (5 is usual in susceptibility studies).</source>
        <translation>Nombre de plis de la validation croisée (5 est habituel dans les études de susceptibilité).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="168"/>
        <source>Side of the square blocks of the spatial cross-validation, in the samples&apos; map units.</source>
        <translation>Côté des blocs carrés de la validation croisée spatiale, en unités de carte des échantillons.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="173"/>
        <source>The score the grid search maximises.</source>
        <translation>Le score que la recherche sur grille maximise.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="180"/>
        <source>Values to try, e.g. &apos;n_estimators=100,300; max_depth=8,16&apos;; empty: a small default grid per model.</source>
        <translation>Valeurs à essayer, par ex. « n_estimators=100,300; max_depth=8,16 » ; vide : une petite grille par défaut par modèle.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="68"/>
        <source>Trains a landslide susceptibility model on samples (landslides 1, negatives 0) and saves it as a model bundle (.lsmodel) for lsm:predictraster and lsm:evaluatemodel.

Models: balanced random forest, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), the benchmarks rf and dnn, SVM, kernel and plain logistic regression. With a ratio r &gt; 0, r training negatives per landslide are drawn; 0 uses all. &apos;test&apos; rows give the test metrics; an optional cross-validated grid search picks the parameters.

SECURITY: a bundle holds a Python pickle: open only bundles you trust. See the help link for the model parameters and the bundle format.</source>
        <translation>Entraîne un modèle de susceptibilité aux glissements de terrain sur des échantillons (glissements 1, négatifs 0) et l&apos;enregistre comme paquet de modèle (.lsmodel) pour lsm:predictraster et lsm:evaluatemodel.

Modèles : forêt aléatoire équilibrée, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), les références rf et dnn, SVM, régression logistique à noyau et simple. Avec un ratio r &gt; 0, r négatifs d&apos;entraînement par glissement sont tirés ; 0 les utilise tous. Les lignes « test » donnent les métriques de test ; une recherche sur grille facultative par validation croisée choisit les paramètres.

SÉCURITÉ : un paquet contient un pickle Python : n&apos;ouvrez que des paquets de confiance. Voir le lien d&apos;aide pour les paramètres des modèles et le format du paquet.</translation>
    </message>
</context>
</TS>
