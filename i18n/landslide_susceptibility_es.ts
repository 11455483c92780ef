<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/spysampling.py" line="171"/>
        <source>Sample layer (landslides and unlabeled cells)</source>
        <translation>Capa de muestras (deslizamientos y celdas no etiquetadas)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="177"/>
        <source>Points of lsm:buildsamples: label 1/0, split train/test, one field per factor. Leave empty to give the landslide inventory instead.</source>
        <translation>Puntos de lsm:buildsamples: etiqueta 1/0, partición train/test, un campo por factor. Déjelo vacío para dar en su lugar el inventario de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="185"/>
        <source>Landslide inventory (instead of a sample layer)</source>
        <translation>Inventario de deslizamientos (en lugar de una capa de muestras)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="191"/>
        <source>Landslide points or polygons (centroid cell): the samples are built from it and the factor rasters as lsm:buildsamples does. Use lsm:buildsamples first for the other polygon modes, a study area, an exclusion buffer or a spatial split.</source>
        <translation>Puntos o polígonos de deslizamientos (celda del centroide): las muestras se construyen a partir de ellos y de los ráster de factores, como lo hace lsm:buildsamples. Use primero lsm:buildsamples para los demás modos de polígono, un área de estudio, un búfer de exclusión o una partición espacial.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="200"/>
        <source>Unlabeled cells per landslide (inventory input)</source>
        <translation>Celdas no etiquetadas por deslizamiento (entrada de inventario)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="207"/>
        <source>With the inventory input: unlabeled cells drawn per landslide for the step classifier (default 10).</source>
        <translation>Con el inventario como entrada: celdas no etiquetadas extraídas por deslizamiento para el clasificador de la etapa (10 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="215"/>
        <source>Train fraction (inventory input)</source>
        <translation>Fracción de entrenamiento (entrada de inventario)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="223"/>
        <source>With the inventory input: share of the landslides for training (default 0.7).</source>
        <translation>Con el inventario como entrada: proporción de los deslizamientos para el entrenamiento (0,7 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="226"/>
        <source>Factor rasters (for the prior maps)</source>
        <translation>Ráster de factores (para los mapas a priori)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="229"/>
        <source>Single bands are named after the layer, stack bands after their descriptions; the factor fields must be among these names.</source>
        <translation>Las bandas únicas se nombran según la capa, las bandas de una pila según su descripción; los campos de factores deben estar entre estos nombres.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="249"/>
        <source>Factor fields (empty: every factor raster)</source>
        <translation>Campos de factores (vacío: todos los ráster de factores)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="257"/>
        <source>Numeric fields holding the factor values; each must have a factor raster of the same name.</source>
        <translation>Campos numéricos con los valores de los factores; cada uno debe tener un ráster de factor con el mismo nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="263"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 no etiquetado)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="266"/>
        <source>Field with 1 for landslides and 0 for unlabeled cells.</source>
        <translation>Campo con 1 para los deslizamientos y 0 para las celdas no etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="267"/>
        <source>Split field (train/test)</source>
        <translation>Campo de partición (train/test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="270"/>
        <source>Field with &apos;train&apos; or &apos;test&apos;; when the layer has no such field every point is training data and no test negatives are drawn.</source>
        <translation>Campo con 'train' o 'test'; si la capa no tiene ese campo, todos los puntos son datos de entrenamiento y no se extraen negativos de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="122"/>
        <source>PU method</source>
        <translation>Método PU</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="122"/>
        <source>Spy technique, two steps (Fu et al. 2024)</source>
        <translation>Técnica de espías, dos etapas (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="122"/>
        <source>Bagging-PU (Mordelet &amp; Vert 2014)</source>
        <translation>Bagging-PU (Mordelet &amp; Vert 2014)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="131"/>
        <source>How the prior model is found.</source>
        <translation>Cómo se obtiene el modelo a priori.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="151"/>
        <source>Spy fraction</source>
        <translation>Fracción de espías</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="159"/>
        <source>Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024).</source>
        <translation>Proporción de los deslizamientos ocultos entre los no etiquetados como espías (0,15: Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="166"/>
        <source>Spy noise share (spies allowed below the threshold)</source>
        <translation>Proporción de ruido de los espías (espías admitidos bajo el umbral)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="174"/>
        <source>The threshold is the lowest spy score once this share of the lowest-scored spies is discarded as noise (0.05, after Liu et al. 2002).</source>
        <translation>El umbral es el puntaje de espía más bajo una vez descartada como ruido esta proporción de los espías con menor puntaje (0,05, según Liu et al. 2002).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="184"/>
        <source>Trees of the step classifier</source>
        <translation>Árboles del clasificador de la etapa</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="192"/>
        <source>Random forest size (each tree sees a balanced bootstrap).</source>
        <translation>Tamaño del bosque aleatorio (cada árbol ve un bootstrap balanceado).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="197"/>
        <source>Maximum tree depth (0: unlimited)</source>
        <translation>Profundidad máxima de los árboles (0: ilimitada)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="205"/>
        <source>Depth limit of the trees; 0 grows them fully as in Breiman&apos;s random forest.</source>
        <translation>Límite de profundidad de los árboles; 0 los hace crecer por completo como en el bosque aleatorio de Breiman.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="213"/>
        <source>Jenks classes of the prior map</source>
        <translation>Clases de Jenks del mapa a priori</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="221"/>
        <source>Classes of the exact Jenks classification of the prior map (5: very low ... very high, Fu et al. 2024).</source>
        <translation>Número de clases de la clasificación exacta de Jenks del mapa a priori (5: muy baja ... muy alta, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="231"/>
        <source>Prior classes giving negatives (comma separated)</source>
        <translation>Clases a priori que dan los negativos (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="236"/>
        <source>Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024).</source>
        <translation>Números de clase desde 1 (a priori más bajo) en adelante; por defecto 1,2 (muy baja y baja, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="244"/>
        <source>Negatives per landslide</source>
        <translation>Negativos por deslizamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="252"/>
        <source>Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200).</source>
        <translation>Negativos extraídos por deslizamiento de cada partición (Fu et al. 2024 llegan hasta 200).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="118"/>
        <source>Same seed and inputs give the same spies, models and negatives.</source>
        <translation>La misma semilla y las mismas entradas dan los mismos espías, modelos y negativos.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="277"/>
        <source>Copy the landslides into the output (label 1)</source>
        <translation>Copiar los deslizamientos en la salida (etiqueta 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="282"/>
        <source>Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly.</source>
        <translation>Escribir también los deslizamientos de la capa de muestras, para que la salida alimente directamente lsm:trainmodel.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="136"/>
        <source>Folder of the run records the metrics dock reads; empty: &apos;lsm_runs&apos; beside the project or the output.</source>
        <translation>Carpeta de las fichas de ejecución que lee el panel de métricas; vacío: 'lsm_runs' junto al proyecto o a la salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="281"/>
        <source>Reliable negatives</source>
        <translation>Negativos confiables</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="285"/>
        <source>Prior map (train)</source>
        <translation>Mapa a priori (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="286"/>
        <source>Prior map (test)</source>
        <translation>Mapa a priori (prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="288"/>
        <source>Prior model bundle (train)</source>
        <translation>Paquete del modelo a priori (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="287"/>
        <source>Model bundle (*.lsmodel)</source>
        <translation>Paquete de modelo (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="288"/>
        <source>Prior model bundle (test)</source>
        <translation>Paquete del modelo a priori (prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="293"/>
        <source>PU summary</source>
        <translation>Resumen PU</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="294"/>
        <source>Run record file</source>
        <translation>Archivo de ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="103"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="296"/>
        <source>Spy threshold (train)</source>
        <translation>Umbral de espías (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="297"/>
        <source>Training negatives</source>
        <translation>Negativos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="298"/>
        <source>Test negatives</source>
        <translation>Negativos de prueba</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="41"/>
        <source>&amp;Landslide Susceptibility</source>
        <translation>&amp;Susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="139"/>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="48"/>
        <source>Compare runs: metrics, charts and outputs of the landslide susceptibility runs</source>
        <translation>Comparar ejecuciones: métricas, gráficos y salidas de las ejecuciones de susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="29"/>
        <source>Bar chart of a metric</source>
        <translation>Gráfico de barras de una métrica</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="30"/>
        <source>Box plots over repeats</source>
        <translation>Diagramas de caja sobre las repeticiones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="31"/>
        <source>ROC curves</source>
        <translation>Curvas ROC</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="32"/>
        <source>PR curves</source>
        <translation>Curvas PR</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="33"/>
        <source>Metric vs imbalance ratio</source>
        <translation>Métrica según la razón de desbalance</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="34"/>
        <source>Class areas per model</source>
        <translation>Áreas de las clases por modelo</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="79"/>
        <source>Charts need matplotlib ({}). Install it into the Python of QGIS (python3-matplotlib).</source>
        <translation>Los gráficos requieren matplotlib ({}). Instálelo en el Python de QGIS (python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="133"/>
        <source>No run among the selection has {}.</source>
        <translation>Ninguna ejecución de la selección tiene {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="148"/>
        <source>{} of {} rows drawn.</source>
        <translation>{} de {} filas dibujadas.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="157"/>
        <source>Box plots need repeated runs: select runs that differ only in their repeat index (same model, ratio and data).</source>
        <translation>Los diagramas de caja requieren ejecuciones repetidas: seleccione ejecuciones que solo difieran en su índice de repetición (mismo modelo, razón y datos).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="176"/>
        <source>{} configuration(s) with a single run left out.</source>
        <translation>{} configuración(es) con una sola ejecución omitida(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="196"/>
        <source>No run among the selection has a ROC curve.</source>
        <translation>Ninguna ejecución de la selección tiene curva ROC.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="193"/>
        <source>{} run(s) without a curve left out.</source>
        <translation>{} ejecución(es) sin curva omitida(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="199"/>
        <source>No run among the selection has a PR curve.</source>
        <translation>Ninguna ejecución de la selección tiene curva PR.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="17"/>
        <source> no-skill ({:.2f})</source>
        <translation> sin habilidad ({:.2f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="14"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="204"/>
        <source>No run among the selection has both a ratio and {} (run a saturation test).</source>
        <translation>Ninguna ejecución de la selección tiene a la vez una razón y {} (ejecute una prueba de saturación).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="20"/>
        <source>Negatives per positive (imbalance ratio)</source>
        <translation>Negativos por positivo (razón de desbalance)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="223"/>
        <source>Points: mean over repeats; bars: ± sample sd.</source>
        <translation>Puntos: media sobre las repeticiones; barras: ± desviación estándar muestral.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="228"/>
        <source>No run among the selection has class areas (maps classified into susceptibility classes).</source>
        <translation>Ninguna ejecución de la selección tiene áreas de clases (mapas clasificados en clases de susceptibilidad).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="235"/>
        <source>% of the area</source>
        <translation>% del área</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="235"/>
        <source>% of the landslides</source>
        <translation>% de los deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="193"/>
        <source>Run store folders</source>
        <translation>Carpetas de registros de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="196"/>
        <source>Folders read for run records; every run of every folder is listed.</source>
        <translation>Carpetas leídas para las fichas de ejecución; se listan todas las ejecuciones de cada carpeta.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="198"/>
        <source>Add a run store folder</source>
        <translation>Agregar una carpeta de registro de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="201"/>
        <source>Stop reading the selected run store folder</source>
        <translation>Dejar de leer la carpeta de registro de ejecuciones seleccionada</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="207"/>
        <source>Read the run stores again (they are also watched for changes)</source>
        <translation>Volver a leer los registros de ejecuciones (también se vigilan sus cambios)</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="125"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="126"/>
        <source>Ratio</source>
        <translation>Razón</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="128"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="243"/>
        <source>Group repeats (mean ± sd)</source>
        <translation>Agrupar repeticiones (media ± desv. est.)</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="244"/>
        <source>One row per configuration (algorithm, model, ratio, data, experiment): mean ± sample sd over its repeats</source>
        <translation>Una fila por configuración (algoritmo, modelo, razón, datos, experimento): media ± desviación estándar muestral sobre sus repeticiones</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="251"/>
        <source>Run&apos;s threshold</source>
        <translation>Umbral de la ejecución</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="252"/>
        <source>Best G-mean threshold</source>
        <translation>Mejor umbral G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="253"/>
        <source>Which metrics of the records to compare: at the threshold the run reported (0.5 unless set), or at the threshold that maximises the G-mean</source>
        <translation>Qué métricas de las fichas comparar: en el umbral que reportó la ejecución (0,5 salvo que se indique otro) o en el umbral que maximiza la G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="266"/>
        <source>Rename run…</source>
        <translation>Renombrar ejecución…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="269"/>
        <source>Delete selected runs…</source>
        <translation>Eliminar las ejecuciones seleccionadas…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="272"/>
        <source>Load the outputs of the selected runs</source>
        <translation>Cargar las salidas de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="275"/>
        <source>Export the table to CSV…</source>
        <translation>Exportar la tabla a CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="307"/>
        <source>Files of the run stores that could not be read, with the reason</source>
        <translation>Archivos de los registros de ejecuciones que no se pudieron leer, con el motivo</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="368"/>
        <source>Save the chart as PNG or SVG…</source>
        <translation>Guardar el gráfico como PNG o SVG…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="232"/>
        <source>Run store folder</source>
        <translation>Carpeta del registro de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="155"/>
        <source>{} (project)</source>
        <translation>{} (proyecto)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="156"/>
        <source>Run store of the current project: the algorithms write here unless told otherwise.</source>
        <translation>Registro de ejecuciones del proyecto actual: los algoritmos escriben aquí salvo que se indique otra cosa.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="164"/>
        <source>The folder does not exist yet; it is watched and read once a run creates it.</source>
        <translation>La carpeta aún no existe; se vigila y se leerá en cuanto una ejecución la cree.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="422"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="432"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="504"/>
        <source>{} of {} runs shown</source>
        <translation>{} de {} ejecuciones mostradas</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="508"/>
        <source>; {} unreadable record(s) listed below</source>
        <translation>; {} ficha(s) ilegible(s) listada(s) abajo</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="501"/>
        <source>No run records yet. Runs of the models, SPY, saturation test and LSNet algorithms appear here.</source>
        <translation>Aún no hay fichas de ejecución. Las ejecuciones de los modelos, SPY, la prueba de saturación y los algoritmos LSNet aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="676"/>
        <source>Chart of the selected rows.</source>
        <translation>Gráfico de las filas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="154"/>
        <source>Could not rename the run: {}</source>
        <translation>No se pudo renombrar la ejecución: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="163"/>
        <source>Rename run</source>
        <translation>Renombrar ejecución</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="163"/>
        <source>New name of the run:</source>
        <translation>Nuevo nombre de la ejecución:</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="128"/>
        <source>… and {} more</source>
        <translation>… y {} más</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="129"/>
        <source>Delete {} run record(s)?

{}

The record files are removed from the run store; the output files of the runs are left on disk.</source>
        <translation>¿Eliminar {} ficha(s) de ejecución?

{}

Los archivos de las fichas se quitan del registro de ejecuciones; los archivos de salida de las ejecuciones se quedan en el disco.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="172"/>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="180"/>
        <source>Could not delete {}: {}</source>
        <translation>No se pudo eliminar {}: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="190"/>
        <source>Table exported to {}</source>
        <translation>Tabla exportada a {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>Export the runs table</source>
        <translation>Exportar la tabla de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="223"/>
        <source>Could not write {}: {}</source>
        <translation>No se pudo escribir {}: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="206"/>
        <source>Charts need matplotlib.</source>
        <translation>Los gráficos requieren matplotlib.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="210"/>
        <source>Chart saved to {}</source>
        <translation>Gráfico guardado en {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="216"/>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="216"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="116"/>
        <source>{} layer(s) loaded.</source>
        <translation>{} capa(s) cargada(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="118"/>
        <source>The selected runs have no output layers (model bundles and reports are not layers).</source>
        <translation>Las ejecuciones seleccionadas no tienen capas de salida (los paquetes de modelo y los informes no son capas).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="120"/>
        <source>Missing files: {}</source>
        <translation>Archivos faltantes: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="89"/>
        <source>&apos;{}&apos; is not an object</source>
        <translation>'{}' no es un objeto</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="91"/>
        <source>empty &apos;run_id&apos;</source>
        <translation>'run_id' vacío</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>Specificity</source>
        <translation>Especificidad</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>BA</source>
        <translation>BA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>G-mean</source>
        <translation>G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="122"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="123"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="124"/>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="127"/>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="141"/>
        <source>ratio {}</source>
        <translation>razón {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="219"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="346"/>
        <source>Mean ± sample sd over {} runs: {}</source>
        <translation>Media ± desviación estándar muestral sobre {} ejecuciones: {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="355"/>
        <source>{}
{} runs: {}</source>
        <translation>{}
{} ejecuciones: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="121"/>
        <source>Threads used to fit and apply the forests (-1: all cores).</source>
        <translation>Hilos usados para ajustar y aplicar los bosques (-1: todos los núcleos).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="79"/>
        <source>Seeds the splits, the weights, the batches and the augmentation.</source>
        <translation>Inicializa las particiones, los pesos, los lotes y el aumento de datos.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="84"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto: una GPU CUDA si torch ve una; si no, la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="85"/>
        <source>LSM model bundles (*.lsmodel)</source>
        <translation>Paquetes de modelo LSM (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="85"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="86"/>
        <source>LSNet bundle</source>
        <translation>Paquete LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="89"/>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="94"/>
        <source>Training curves (PNG)</source>
        <translation>Curvas de entrenamiento (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="99"/>
        <source>Where the run record goes; default &apos;lsm_runs&apos; beside the project or the bundle.</source>
        <translation>Dónde va la ficha de ejecución; por defecto 'lsm_runs' junto al proyecto o al paquete.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="104"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="105"/>
        <source>Test ROC-AUC</source>
        <translation>ROC-AUC de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="106"/>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="110"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="111"/>
        <source>Continuous factor rasters on one grid (single bands named after the layer, stack bands after their descriptions). lsm:lsnetpredict needs rasters of the same names.</source>
        <translation>Ráster de factores continuos en una misma cuadrícula (bandas únicas nombradas según la capa, bandas de una pila según su descripción). lsm:lsnetpredict necesita ráster con los mismos nombres.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="132"/>
        <source>Samples (points)</source>
        <translation>Muestras (puntos)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="133"/>
        <source>Landslides and non-landslides as points with a 0/1 label field.</source>
        <translation>Deslizamientos y no deslizamientos como puntos con un campo de etiqueta 0/1.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="134"/>
        <source>Label field (1 = landslide, 0 = not)</source>
        <translation>Campo de etiqueta (1 = deslizamiento, 0 = no)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="142"/>
        <source>&apos;label&apos; in lsm:buildsamples output (the default when left empty); &apos;lslpts&apos; in the bundled points_350.gpkg.</source>
        <translation>'label' en la salida de lsm:buildsamples (el valor por defecto si se deja vacío); 'lslpts' en el points_350.gpkg incluido.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="150"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Campo de partición ('train' / 'test')</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="158"/>
        <source>Field with &apos;train&apos; or &apos;test&apos; (and optionally &apos;validation&apos;) per sample. Empty: the field &apos;split&apos; when the layer has one, else a seeded test share is held out.</source>
        <translation>Campo con 'train' o 'test' (y opcionalmente 'validation') por muestra. Vacío: el campo 'split' si la capa lo tiene; si no, se reserva una proporción de prueba extraída con la semilla.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="166"/>
        <source>Test share (when there is no split field)</source>
        <translation>Proporción de prueba (cuando no hay campo de partición)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="174"/>
        <source>Share of each class kept for testing when the samples have no split field (70/30).</source>
        <translation>Proporción de cada clase reservada para prueba cuando las muestras no tienen campo de partición (70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="175"/>
        <source>Validation share for early stopping</source>
        <translation>Proporción de validación para la parada temprana</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="183"/>
        <source>Share of the training samples held out to choose the best epoch (0: no early stopping).</source>
        <translation>Proporción de las muestras de entrenamiento reservada para elegir la mejor época (0: sin parada temprana).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="207"/>
        <source>Network width (feature maps of the first block)</source>
        <translation>Ancho de la red (mapas de características del primer bloque)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="214"/>
        <source>64 is the paper&apos;s network (64-128-128-256-256 feature maps, 1024-256-128 dense units); every layer scales with it. Smaller widths train and map faster on small data.</source>
        <translation>64 es la red del artículo (mapas de características 64-128-128-256-256, unidades densas 1024-256-128); todas las capas escalan con él. Anchos menores entrenan y generan mapas más rápido con datos pequeños.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="267"/>
        <source>Maximum epochs</source>
        <translation>Número máximo de épocas</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="268"/>
        <source>Most passes over the training samples; early stopping usually ends training sooner.</source>
        <translation>Número máximo de pasadas sobre las muestras de entrenamiento; la parada temprana suele terminar antes el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="271"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="272"/>
        <source>Patches per optimisation step (32 by default); larger batches need more memory.</source>
        <translation>Parches por paso de optimización (32 por defecto); los lotes más grandes necesitan más memoria.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="273"/>
        <source>Learning rate (Adam)</source>
        <translation>Tasa de aprendizaje (Adam)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="281"/>
        <source>1e-4 in Zhang et al. 2022.</source>
        <translation>1e-4 en Zhang et al. 2022.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="282"/>
        <source>Early stopping patience (epochs)</source>
        <translation>Paciencia de la parada temprana (épocas)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="285"/>
        <source>Training stops after this many epochs without a better validation AUC.</source>
        <translation>El entrenamiento se detiene tras este número de épocas sin un AUC de validación mejor.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="286"/>
        <source>Augment by flips and 90-degree rotations</source>
        <translation>Aumentar con volteos y rotaciones de 90 grados</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="287"/>
        <source>Each training patch is turned by one of the 8 flips/rotations at random. Turn it off for direction-dependent factors such as aspect or northness.</source>
        <translation>Cada parche de entrenamiento se transforma con uno de los 8 volteos/rotaciones al azar. Desactívelo para factores que dependen de la dirección, como la orientación o la componente norte.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>Class balancing</source>
        <translation>Balanceo de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>Class weights (inverse frequency)</source>
        <translation>Pesos de clase (frecuencia inversa)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>Balanced sampling</source>
        <translation>Muestreo balanceado</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="301"/>
        <source>Class weights: the loss of each class weighted by its inverse frequency. Balanced sampling: batches drawn with both classes equally likely. None: neither.</source>
        <translation>Pesos de clase: la pérdida de cada clase ponderada por su frecuencia inversa. Muestreo balanceado: lotes extraídos con ambas clases igual de probables. Ninguno: ni lo uno ni lo otro.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="18"/>
        <source>ROC (AUC = {:.3f})</source>
        <translation>ROC (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="19"/>
        <source>PR (AP = {:.3f})</source>
        <translation>PR (AP = {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="119"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="240"/>
        <source>Factors holding class codes (lithology, land cover): one-hot encoded in the step forests. Empty: those the sample layer declares (lsm:buildsamples writes its categorical factors as integer fields).</source>
        <translation>Factores que contienen códigos de clase (litología, cobertura del suelo): codificados en one-hot en los bosques de las etapas. Vacío: los que declara la capa de muestras (lsm:buildsamples escribe sus factores categóricos como campos enteros).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="23"/>
        <source>Landslide inventory to keep negatives off (with a sample layer)</source>
        <translation>Inventario de deslizamientos del que alejar los negativos (con una capa de muestras)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="31"/>
        <source>With a sample layer: the inventory it was built from. No negative falls on any of its cells (every cell of a polygon, whatever the polygon mode) or within the buffer. With the inventory input that inventory is used.</source>
        <translation>Con una capa de muestras: el inventario a partir del cual se construyó. Ningún negativo cae en ninguna de sus celdas (cada celda de un polígono, sea cual sea el modo de polígono) ni dentro del búfer. Con el inventario como entrada se usa ese inventario.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="41"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="47"/>
        <source>Negatives only inside these polygons (default: every valid cell).</source>
        <translation>Negativos solo dentro de estos polígonos (por defecto: toda celda válida).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="54"/>
        <source>Exclusion buffer around landslides (map units)</source>
        <translation>Búfer de exclusión alrededor de los deslizamientos (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="61"/>
        <source>No negative within this distance of a landslide cell (inventory and sample landslides), in the rasters&apos; CRS units.</source>
        <translation>Ningún negativo a menos de esta distancia de una celda de deslizamiento (inventario y deslizamientos de las muestras), en unidades del SRC de los ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="70"/>
        <source>Spatial split block size (0: random split)</source>
        <translation>Tamaño de bloque de la partición espacial (0: partición aleatoria)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="77"/>
        <source>The block size of lsm:buildsamples&apos; spatial split: each split&apos;s negatives stay in the blocks of its own sample points (blocks without a sample point give none). 0: a random split.</source>
        <translation>El tamaño de bloque de la partición espacial de lsm:buildsamples: los negativos de cada partición quedan en los bloques de sus propios puntos de muestra (los bloques sin punto de muestra no dan ninguno). 0: una partición aleatoria.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="87"/>
        <source>Keep the random test cells (negative_kind &apos;random&apos;)</source>
        <translation>Conservar las celdas de prueba aleatorias (negative_kind 'random')</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="92"/>
        <source>Also write the sample layer&apos;s unlabeled test cells, marked negative_kind = &apos;random&apos; (the reliable negatives are &apos;rn&apos;), so the test split can be scored on both.</source>
        <translation>Escribir también las celdas de prueba no etiquetadas de la capa de muestras, marcadas negative_kind = 'random' (los negativos confiables son 'rn'), para que la partición de prueba pueda evaluarse con ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="132"/>
        <source>Step-1 classifier (spy technique)</source>
        <translation>Clasificador de la etapa 1 (técnica de espías)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="132"/>
        <source>Balanced random forest, out-of-bag scores (default)</source>
        <translation>Bosque aleatorio balanceado, puntajes fuera de la bolsa (por defecto)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="132"/>
        <source>Plain random forest, in-sample scores (Fu et al. 2024)</source>
        <translation>Bosque aleatorio simple, puntajes dentro de la muestra (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="141"/>
        <source>Out-of-bag scores never come from a tree that saw the cell, so spies are not learnt as negatives; the paper&apos;s plain forest scores its own training cells.</source>
        <translation>Los puntajes fuera de la bolsa nunca provienen de un árbol que vio la celda, así que los espías no se aprenden como negativos; el bosque simple del artículo puntúa sus propias celdas de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="191"/>
        <source>Patch size (cells)</source>
        <translation>Tamaño del parche (celdas)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="198"/>
        <source>Side of the square patch around each cell (the cell at index size // 2). 224 (the default) is Zhang et al. 2022&apos;s, which also tested 96, 128, 196 and 256; for small areas or quick runs use a smaller one such as 33. Any size from 9 up that fits the rasters.</source>
        <translation>Lado del parche cuadrado alrededor de cada celda (la celda en el índice tamaño // 2). 224 (el valor por defecto) es el de Zhang et al. 2022, que también probaron 96, 128, 196 y 256; para áreas pequeñas o ejecuciones rápidas use uno menor, p. ej., 33. Cualquier tamaño desde 9 que quepa en los ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="222"/>
        <source>Convolution padding</source>
        <translation>Relleno de las convoluciones</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="222"/>
        <source>Zero-padded (the paper&apos;s)</source>
        <translation>Con relleno de ceros (el del artículo)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="222"/>
        <source>Unpadded (fast dense mapping)</source>
        <translation>Sin relleno (mapeo denso rápido)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="228"/>
        <source>Zero-padded convolutions keep the map size, so every patch gets the paper&apos;s five blocks; the map is then computed patch by patch (exact, slower). Unpadded convolutions drop blocks that do not fit the patch but map through a dense twin many times faster.</source>
        <translation>Las convoluciones con relleno de ceros conservan el tamaño del mapa, así que cada parche recibe los cinco bloques del artículo; el mapa se calcula entonces parche por parche (exacto, más lento). Las convoluciones sin relleno descartan los bloques que no caben en el parche, pero mapean mediante un gemelo denso muchas veces más rápido.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="253"/>
        <source>Training schedule</source>
        <translation>Programa de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="253"/>
        <source>Early stopping (the settings below)</source>
        <translation>Parada temprana (los parámetros de abajo)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="253"/>
        <source>Paper: 600 epochs, lr 1e-4, no early stopping</source>
        <translation>Artículo: 600 épocas, tasa de aprendizaje 1e-4, sin parada temprana</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="259"/>
        <source>Paper: Zhang et al. 2022&apos;s schedule, overriding epochs, learning rate, patience, augmentation (off) and balancing (none); batch size, seed and device are kept.</source>
        <translation>Artículo: el programa de Zhang et al. 2022, que reemplaza las épocas, la tasa de aprendizaje, la paciencia, el aumento de datos (desactivado) y el balanceo (ninguno); se conservan el tamaño de lote, la semilla y el dispositivo.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="23"/>
        <source>Success and prediction rate curves</source>
        <translation>Curvas de tasa de éxito y de predicción</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="36"/>
        <source>Cross-validation folds of a metric</source>
        <translation>Pliegues de validación cruzada de una métrica</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="255"/>
        <source>No run among the selection has rate curves (run lsm:ratecurves).</source>
        <translation>Ninguna ejecución de la selección tiene curvas de tasa (ejecute lsm:ratecurves).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="260"/>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="260"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="272"/>
        <source>Prediction rate: test landslides; success rate: training landslides (optimistic).</source>
        <translation>Tasa de predicción: deslizamientos de prueba; tasa de éxito: deslizamientos de entrenamiento (optimista).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="277"/>
        <source>No cross-validation run among the selection has fold values of {}.</source>
        <translation>Ninguna ejecución de validación cruzada de la selección tiene valores por pliegue de {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="295"/>
        <source>One box per cross-validation run: the spread of {} over its test folds.</source>
        <translation>Una caja por ejecución de validación cruzada: la dispersión de {} sobre sus pliegues de prueba.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="149"/>
        <source>{} (missing)</source>
        <translation>{} (no existe)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="149"/>
        <source>This folder no longer exists: its runs are gone. Remove it from the list with the − button.</source>
        <translation>Esta carpeta ya no existe: sus ejecuciones desaparecieron. Quítela de la lista con el botón −.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="158"/>
        <source>{} (QGIS profile)</source>
        <translation>{} (perfil de QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="159"/>
        <source>Run store of this QGIS profile: runs without a saved project and without an output file chosen, model steps and qgis_process runs of this profile write here.</source>
        <translation>Registro de ejecuciones de este perfil de QGIS: aquí escriben las ejecuciones sin proyecto guardado y sin archivo de salida elegido, los pasos de modelos y las ejecuciones de qgis_process de este perfil.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="488"/>
        <source>Metric runs ({})</source>
        <translation>Ejecuciones con métricas ({})</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="488"/>
        <source>Maps, classes, rate curves ({})</source>
        <translation>Mapas, clases, curvas de tasa ({})</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="488"/>
        <source>PU priors ({})</source>
        <translation>Modelos a priori PU ({})</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="491"/>
        <source>Priors of lsm:spysampling, scored on their own reliable negatives: not comparable with the models, never marked best.</source>
        <translation>Modelos a priori de lsm:spysampling, evaluados con sus propios negativos confiables: no son comparables con los modelos y nunca se marcan como los mejores.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="506"/>
        <source>; metric runs in {} groups</source>
        <translation>; ejecuciones con métricas en {} grupos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="509"/>
        <source>Best values are marked among runs on the same test set and data.</source>
        <translation>Los mejores valores se marcan entre las ejecuciones con el mismo conjunto de prueba y los mismos datos.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="679"/>
        <source>Chart of all rows of this tab (select rows to narrow it).</source>
        <translation>Gráfico de todas las filas de esta pestaña (seleccione filas para acotarlo).</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>rn</source>
        <translation>rn</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="85"/>
        <source>Reliable negatives of the test prior (PU testing method): easy negatives by construction, so these metrics are optimistic.</source>
        <translation>Negativos confiables del a priori de prueba (método de prueba PU): negativos fáciles por construcción, por lo que estas métricas son optimistas.</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="89"/>
        <source>Random unlabeled cells of the test split (landslide cells excluded): the honest test.</source>
        <translation>Celdas no etiquetadas aleatorias de la partición de prueba (celdas de deslizamiento excluidas): la prueba honesta.</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="90"/>
        <source>Every valid cell of the area (rate curves).</source>
        <translation>Todas las celdas válidas del área (curvas de tasa).</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="92"/>
        <source>The record does not say which negatives its metrics used (an older run).</source>
        <translation>La ficha no indica con qué negativos se calcularon sus métricas (una ejecución más antigua).</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="100"/>
        <source>success AUC</source>
        <translation>AUC de éxito</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="100"/>
        <source>prediction AUC</source>
        <translation>AUC de predicción</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="109"/>
        <source>{} classes</source>
        <translation>{} clases</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="129"/>
        <source>Test set</source>
        <translation>Conjunto de prueba</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="130"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="223"/>
        <source>{}: on the prior&apos;s own reliable negatives; not ranked</source>
        <translation>{}: con los propios negativos confiables del a priori; sin clasificar</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="224"/>
        <source>{}: higher is better; the best value among runs on the same test set and data is marked</source>
        <translation>{}: mayor es mejor; se marca el mejor valor entre las ejecuciones con el mismo conjunto de prueba y los mismos datos</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="228"/>
        <source>Which negatives the metrics were measured on: rn, random or area</source>
        <translation>Con qué negativos se midieron las métricas: rn, random o area</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="343"/>
        <source>Best value among the runs on the same test set and data</source>
        <translation>Mejor valor entre las ejecuciones con el mismo conjunto de prueba y los mismos datos</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="101"/>
        <source>Keep the random training cells (negative_kind &apos;random&apos;)</source>
        <translation>Conservar las celdas de entrenamiento aleatorias (negative_kind 'random')</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="106"/>
        <source>Also write the sample layer&apos;s unlabeled training cells, marked negative_kind = &apos;random&apos;: the unlabeled negatives of lsm:saturationtest&apos;s Table II design (unlabeled vs reliable negatives). lsm:trainmodel and the saturation test&apos;s other designs train on the &apos;rn&apos; rows of such a layer; lsm:crossvalidate reads every negative, so leave this off for it.</source>
        <translation>Escribir también las celdas de entrenamiento no etiquetadas de la capa de muestras, marcadas negative_kind = 'random': los negativos no etiquetados del diseño de la tabla II de lsm:saturationtest (negativos no etiquetados frente a negativos confiables). lsm:trainmodel y los demás diseños de la prueba de saturación se entrenan con las filas 'rn' de tal capa; lsm:crossvalidate lee todos los negativos, así que deje esta opción desactivada para él.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="259"/>
        <source>Test negatives per landslide (0: as the training split)</source>
        <translation>Negativos de prueba por deslizamiento (0: como la partición de entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="267"/>
        <source>Negatives drawn per landslide of the test split, apart from the training ratio (e.g. the fixed 1:200 test set of Fu et al. 2024 beside 1:10 for training); 0 uses the training ratio. Checked against the open cells before any model is fitted.</source>
        <translation>Negativos extraídos por deslizamiento de la partición de prueba, aparte de la razón de entrenamiento (p. ej., el conjunto de prueba fijo 1:200 de Fu et al. 2024 junto a 1:10 para el entrenamiento); 0 usa la razón de entrenamiento. Se comprueba con las celdas disponibles antes de ajustar cualquier modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="79"/>
        <source>Continuous factor rasters on one grid; lsm:fcnpredict needs rasters of the same names.</source>
        <translation>Ráster de factores continuos en una misma cuadrícula; lsm:fcnpredict necesita ráster con los mismos nombres.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="84"/>
        <source>Mapped landslides</source>
        <translation>Deslizamientos cartografiados</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="85"/>
        <source>Landslide polygons (burnt onto the grid) or points (one cell each).</source>
        <translation>Polígonos de deslizamientos (rasterizados en la cuadrícula) o puntos (una celda cada uno).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="86"/>
        <source>Window size (cells)</source>
        <translation>Tamaño de ventana (celdas)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="87"/>
        <source>Side of the training and prediction windows: 448 in Fan et al. 2025; smaller for small areas.</source>
        <translation>Lado de las ventanas de entrenamiento y predicción: 448 en Fan et al. 2025; menor para áreas pequeñas.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="94"/>
        <source>Window overlap (share)</source>
        <translation>Solapamiento de las ventanas (proporción)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="97"/>
        <source>Overlap of neighbouring windows as a share of the window (0.2 in the paper).</source>
        <translation>Solapamiento de las ventanas vecinas como proporción de la ventana (0,2 en el artículo).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="98"/>
        <source>Filters of the first level (N)</source>
        <translation>Filtros del primer nivel (N)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="99"/>
        <source>32 in the paper; every level multiplies them by 4. Fewer train faster on small data.</source>
        <translation>32 en el artículo; cada nivel los multiplica por 4. Con menos filtros se entrena más rápido con pocos datos.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="104"/>
        <source>Levels below the first</source>
        <translation>Niveles bajo el primero</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="105"/>
        <source>2 in the paper (down to H/4 x W/4 x 16N); the window must be at least 4 x 2^depth cells.</source>
        <translation>2 en el artículo (hasta H/4 x W/4 x 16N); la ventana debe tener al menos 4 x 2^profundidad celdas.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="110"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="110"/>
        <source>Poisson soft labels (the paper&apos;s)</source>
        <translation>Etiquetas suaves de Poisson (las del artículo)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="110"/>
        <source>Binary landslide mask</source>
        <translation>Máscara binaria de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="116"/>
        <source>Soft labels solve the Poisson (Laplace) equation around the landslides; binary is the 0/1 mask.</source>
        <translation>Las etiquetas suaves resuelven la ecuación de Poisson (Laplace) alrededor de los deslizamientos; binario es la máscara 0/1.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="123"/>
        <source>Soft label distance (cells)</source>
        <translation>Distancia de las etiquetas suaves (celdas)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="124"/>
        <source>The soft label falls from 1 on a landslide to 0 at this distance (Dirichlet value 0 beyond).</source>
        <translation>La etiqueta suave baja de 1 sobre un deslizamiento a 0 a esta distancia (valor de Dirichlet 0 más allá).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="132"/>
        <source>Most passes over the training windows.</source>
        <translation>Número máximo de pasadas sobre las ventanas de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="133"/>
        <source>Batch size (windows)</source>
        <translation>Tamaño de lote (ventanas)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="134"/>
        <source>Windows per optimisation step.</source>
        <translation>Ventanas por paso de optimización.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="143"/>
        <source>Adam step size.</source>
        <translation>Tamaño de paso de Adam.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="148"/>
        <source>Validation share of the windows</source>
        <translation>Proporción de validación de las ventanas</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="156"/>
        <source>Share of the windows held out to choose the best epoch (0: the last epoch is kept).</source>
        <translation>Proporción de las ventanas reservadas para elegir la mejor época (0: se conserva la última época).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="176"/>
        <source>Seeds the window split, the weights and the batches.</source>
        <translation>Inicializa la partición de las ventanas, los pesos y los lotes.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="180"/>
        <source>FCN bundle</source>
        <translation>Archivo de modelo FCN</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="199"/>
        <source>Validation ROC-AUC</source>
        <translation>ROC-AUC de validación</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="122"/>
        <source>Names of factor rasters holding class codes (lithology, land cover): each enters as one-hot channels, one per class found in the training patches (at most 50 whole-number classes). The classes are stored in the bundle; lsm:lsnetpredict gives a class it has not seen all-zero channels and warns.</source>
        <translation>Nombres de los ráster de factores que contienen códigos de clase (litología, cobertura del suelo): cada uno entra como canales one-hot, uno por clase encontrada en los parches de entrenamiento (como máximo 50 clases enteras). Las clases se guardan en el paquete de modelo; lsm:lsnetpredict asigna a una clase no vista canales todos a cero y emite una advertencia.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="237"/>
        <source>Factor fusion</source>
        <translation>Fusión de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="237"/>
        <source>Early: factors stacked as input channels</source>
        <translation>Temprana: factores apilados como canales de entrada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="237"/>
        <source>Late: one branch per factor (the paper&apos;s)</source>
        <translation>Tardía: una rama por factor (la del artículo)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="243"/>
        <source>Early (the default): one network reads all factors as channels. Late: each factor gets its own convolutional branch of the feature maps above, concatenated before the dense layers, as Zhang et al. 2022 fuse the channels at the end; it costs about one network per factor (lower the width to compensate).</source>
        <translation>Temprana (por defecto): una sola red lee todos los factores como canales. Tardía: cada factor recibe su propia rama convolucional con los mapas de características indicados arriba, concatenadas antes de las capas densas, como Zhang et al. 2022 fusionan los canales al final; cuesta aproximadamente una red por factor (reduzca el ancho para compensar).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="138"/>
        <source>{} (from a run)</source>
        <translation>{} (de una ejecución)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="138"/>
        <source>Run store a run wrote to beside its chosen output or in its run store folder (a toolbox, model or qgis_process run): listed by itself. The − button stops reading it (its files stay).</source>
        <translation>Registro de ejecuciones en el que escribió una ejecución, junto a la salida elegida o en su carpeta de registro de ejecuciones (ejecución desde la caja de herramientas, un modelo o qgis_process): se lista automáticamente. El botón − deja de leerlo (sus archivos se conservan).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="11"/>
        <source>False positive rate (1 - specificity)</source>
        <translation>Tasa de falsos positivos (1 - especificidad)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="12"/>
        <source>True positive rate (sensitivity)</source>
        <translation>Tasa de verdaderos positivos (sensibilidad)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="13"/>
        <source>Recall (sensitivity)</source>
        <translation>Exhaustividad (sensibilidad)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="15"/>
        <source>ROC curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="16"/>
        <source>Precision-recall curve</source>
        <translation>Curva de precisión-exhaustividad</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="21"/>
        <source>Share of the area, most susceptible first</source>
        <translation>Proporción del área, la más susceptible primero</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="22"/>
        <source>Share of the landslide cells</source>
        <translation>Proporción de las celdas de deslizamiento</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="24"/>
        <source>{} rate (AUC = {:.3f})</source>
        <translation>Tasa {} (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="25"/>
        <source>fold {} (AUC = {:.3f})</source>
        <translation>pliegue {} (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="26"/>
        <source>fold {} (AP = {:.3f})</source>
        <translation>pliegue {} (AP = {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="159"/>
        <source>Test share of the windows</source>
        <translation>Proporción de prueba de las ventanas</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="167"/>
        <source>Share of the windows held out for the test metrics of the run records (their cells that no training or validation window covers). 0: the metrics are on the training windows (optimistic).</source>
        <translation>Proporción de las ventanas reservada para las métricas de prueba de los registros de ejecución (sus celdas que ninguna ventana de entrenamiento o de validación cubre). 0: las métricas son sobre las ventanas de entrenamiento (optimistas).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="185"/>
        <source>Leave-one-group-out folds</source>
        <translation>Pliegues dejando un grupo fuera</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="190"/>
        <source>Leave-one-group-out summary</source>
        <translation>Resumen de dejar un grupo fuera</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="195"/>
        <source>Where the run records go; default &apos;lsm_runs&apos; beside the project or the bundle.</source>
        <translation>Dónde van los registros de ejecución; por defecto 'lsm_runs' junto al proyecto o al paquete de modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="202"/>
        <source>Leave-one-group-out mean ROC-AUC</source>
        <translation>ROC-AUC medio dejando un grupo fuera</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="204"/>
        <source>Leave-one-group-out run id</source>
        <translation>Identificador de ejecución de dejar un grupo fuera</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="211"/>
        <source>Group field for leave-one-group-out (event, region)</source>
        <translation>Campo de grupo para dejar un grupo fuera (evento, región)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="219"/>
        <source>A field of the landslides naming their event or region. Given: before the final model, one FCN per group is trained on the windows that do not touch that group&apos;s region and tested on the region (test sets &apos;random&apos; and &apos;area&apos;); a fold table, the mean and a 95 % interval over the groups go to the run records and the tables below. Empty: no group validation.</source>
        <translation>Campo de los deslizamientos que nombra su evento o región. Si se indica: antes del modelo final, se entrena una FCN por grupo con las ventanas que no tocan la región de ese grupo y se prueba en esa región (conjuntos de prueba 'random' y 'area'); una tabla de pliegues, la media y un intervalo del 95 % sobre los grupos van a los registros de ejecución y a las tablas de abajo. Vacío: sin validación por grupos.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="229"/>
        <source>Group region margin (cells)</source>
        <translation>Margen de la región del grupo (celdas)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="232"/>
        <source>A group&apos;s region is the bounding box of its landslides widened by this many cells on each side (clipped to the rasters): its cells are the group&apos;s test cells, and no training window of its fold touches it.</source>
        <translation>La región de un grupo es la extensión de sus deslizamientos ampliada en este número de celdas por cada lado (recortada a los ráster): sus celdas son las celdas de prueba del grupo, y ninguna ventana de entrenamiento de su pliegue la toca.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="27"/>
        <source>Success rate (AUC = {:.3f})</source>
        <translation>Tasa de éxito (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="28"/>
        <source>Prediction rate (AUC = {:.3f})</source>
        <translation>Tasa de predicción (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="124"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the raster-wide steps (the open-cell count, both prior maps, their Jenks breaks, the draw of the negatives and their factor values) run as block tasks on its workers, with the same outputs as a run here; with the inventory input lsm:buildsamples gets the same address. The workers read the factor rasters and the masks of the run (in the Processing temporary folder) from the same paths, and need numpy, GDAL, scikit-learn and this plugin importable as &apos;landslide_susceptibility&apos;. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Dirección de un planificador Dask distributed en ejecución (p. ej. tcp://10.0.0.5:8786): los pasos sobre todo el ráster (el recuento de celdas abiertas, los dos mapas previos, sus cortes de Jenks, el sorteo de los negativos y sus valores de factores) se ejecutan como tareas por bloque en sus workers, con las mismas salidas que una ejecución aquí; con el inventario como entrada, lsm:buildsamples recibe la misma dirección. Los workers leen los rásteres de factores y las máscaras de la ejecución (en la carpeta temporal de Processing) en las mismas rutas, y necesitan numpy, GDAL, scikit-learn y este complemento importable como 'landslide_susceptibility'. Requiere el paquete 'distributed'. Vacío: ejecutar aquí.</translation>
    </message>
</context>
<context>
    <name>AlignFactorsAlgorithm</name>
    <message>
        <location filename="../algorithms/alignfactors.py" line="57"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="57"/>
        <source>Single-band rasters and/or multi-band stacks (each band is one factor), on any grids and CRSs.</source>
        <translation>Ráster de una banda y/o pilas multibanda (cada banda es un factor), en cualquier cuadrícula y SRC.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="64"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="64"/>
        <source>Names of the factors holding class codes (lithology, land cover): resampled by nearest neighbour, so no code is averaged into a code that does not exist.</source>
        <translation>Nombres de los factores que contienen códigos de clase (litología, cobertura del suelo): se remuestrean por vecino más cercano, para que ningún código se promedie en un código que no existe.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="74"/>
        <source>Reference grid raster</source>
        <translation>Ráster de cuadrícula de referencia</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="74"/>
        <source>Every factor is resampled onto this raster&apos;s grid (size, origin, cell size and CRS).</source>
        <translation>Cada factor se remuestrea en la cuadrícula de este ráster (tamaño, origen, tamaño de celda y SRC).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="81"/>
        <source>Extent (without a reference raster)</source>
        <translation>Extensión (sin ráster de referencia)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="81"/>
        <source>Without a reference raster: the extent of the grid (its top-left corner is the grid origin).</source>
        <translation>Sin ráster de referencia: la extensión de la cuadrícula (su esquina superior izquierda es el origen de la cuadrícula).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="90"/>
        <source>Cell size (without a reference raster)</source>
        <translation>Tamaño de celda (sin ráster de referencia)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="90"/>
        <source>Without a reference raster: the side of the square cells, in the units of the CRS.</source>
        <translation>Sin ráster de referencia: el lado de las celdas cuadradas, en las unidades del SRC.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="101"/>
        <source>CRS (without a reference raster)</source>
        <translation>SRC (sin ráster de referencia)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="101"/>
        <source>Without a reference raster: the CRS of the grid (default: the first factor&apos;s CRS).</source>
        <translation>Sin ráster de referencia: el SRC de la cuadrícula (por defecto: el SRC del primer factor).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Resampling of continuous factors</source>
        <translation>Remuestreo de los factores continuos</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Bilinear</source>
        <translation>Bilineal</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Cubic</source>
        <translation>Cúbico</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Bilinear (the default), cubic, or average (for a coarser target grid). Categorical factors always use nearest neighbour.</source>
        <translation>Bilineal (por defecto), cúbico o promedio (para una cuadrícula destino más gruesa). Los factores categóricos siempre usan el vecino más cercano.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="119"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="119"/>
        <source>One &apos;&lt;factor&gt;.tif&apos; per factor is written here (an existing file of that name is replaced).</source>
        <translation>Aquí se escribe un archivo '&lt;factor&gt;.tif' por factor (un archivo existente con ese nombre se reemplaza).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="126"/>
        <source>VRT stack of the aligned factors</source>
        <translation>Pila VRT de los factores alineados</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="126"/>
        <source>VRT files (*.vrt)</source>
        <translation>Archivos VRT (*.vrt)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="126"/>
        <source>Optional: one virtual raster with a band per factor, named after it, over the GeoTIFFs.</source>
        <translation>Opcional: un ráster virtual con una banda por factor, nombrada según este, sobre los GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="139"/>
        <source>Aligned factor rasters</source>
        <translation>Ráster de factores alineados</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="140"/>
        <source>Factor names (comma separated)</source>
        <translation>Nombres de los factores (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="145"/>
        <source>Choose at least one factor raster to align.</source>
        <translation>Elija al menos un ráster de factor para alinear.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="153"/>
        <source>The VRT stack &apos;{}&apos; must end in .vrt.</source>
        <translation>La pila VRT '{}' debe terminar en .vrt.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="154"/>
        <source>Target grid: {} x {} cells of {:g} x {:g}.</source>
        <translation>Cuadrícula destino: {} x {} celdas de {:g} x {:g}.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="168"/>
        <source>Factor &apos;{}&apos; was written as &apos;{}&apos;: loaded from there its layer name is the file&apos;s.</source>
        <translation>El factor '{}' se escribió como '{}': cargado desde allí, el nombre de su capa es el del archivo.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="188"/>
        <source>Give either a reference raster or an extent, not both.</source>
        <translation>Indique un ráster de referencia o una extensión, no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="192"/>
        <source>Choose the target grid: a reference raster, or an extent and a cell size greater than 0 (and a CRS).</source>
        <translation>Elija la cuadrícula destino: un ráster de referencia, o una extensión y un tamaño de celda mayor que 0 (y un SRC).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="202"/>
        <source>The first factor raster has no CRS: choose the CRS of the grid.</source>
        <translation>El primer ráster de factor no tiene SRC: elija el SRC de la cuadrícula.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="97"/>
        <source>Align factor rasters onto one grid</source>
        <translation>Alinear los ráster de factores en una misma cuadrícula</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="98"/>
        <source>Resamples conditioning factor rasters onto one grid, so that every other algorithm can use them together: the grid of a reference raster, or an extent, a cell size and a CRS. Categorical factors (class codes) are resampled by nearest neighbour, the others by bilinear, cubic or average resampling (GDAL&apos;s warper).

Outputs: one Float32 GeoTIFF per factor in the output folder (named after the factor, nodata -9999) and optionally one VRT stack of them (band descriptions = factor names).</source>
        <translation>Remuestrea los ráster de factores condicionantes en una misma cuadrícula, para que todos los demás algoritmos puedan usarlos juntos: la cuadrícula de un ráster de referencia, o una extensión, un tamaño de celda y un SRC. Los factores categóricos (códigos de clase) se remuestrean por vecino más cercano; los demás, por remuestreo bilineal, cúbico o promedio (el warper de GDAL).

Salidas: un GeoTIFF Float32 por factor en la carpeta de salida (nombrado según el factor, nodata -9999) y, opcionalmente, una pila VRT de ellos (descripciones de banda = nombres de los factores).</translation>
    </message>
</context>
<context>
    <name>BuildSamplesAlgorithm</name>
    <message>
        <location filename="../algorithms/buildsamples.py" line="84"/>
        <source>Conditioning factors</source>
        <translation>Factores condicionantes</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="85"/>
        <source>Single-band rasters (named after the layer) and/or multi-band stacks (one factor per band, named after the band description).</source>
        <translation>Ráster de una banda (nombrados según la capa) y/o pilas multibanda (un factor por banda, nombrado según la descripción de la banda).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="95"/>
        <source>Names of the factors holding class codes (lithology, land cover, geological age).</source>
        <translation>Nombres de los factores que contienen códigos de clase (litología, cobertura del suelo, edad geológica).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="99"/>
        <source>Landslide inventory</source>
        <translation>Inventario de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="104"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Puntos o polígonos de deslizamientos (cualquier SRC; se transforman al SRC de los ráster).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Landslide cells of polygons</source>
        <translation>Celdas de deslizamiento de los polígonos</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Centroid</source>
        <translation>Centroide</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Highest cell on the DEM (main scarp)</source>
        <translation>Celda más alta en el MDE (escarpe principal)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Every cell</source>
        <translation>Todas las celdas</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="126"/>
        <source>How a polygon gives positive cells; ignored for points.</source>
        <translation>Cómo un polígono da celdas positivas; se ignora para los puntos.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="128"/>
        <source>DEM (for the highest-cell mode)</source>
        <translation>MDE (para el modo de celda más alta)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="131"/>
        <source>Elevation on the factors&apos; grid; can be one of the factor rasters.</source>
        <translation>Elevación en la cuadrícula de los factores; puede ser uno de los ráster de factores.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="133"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="136"/>
        <source>Only cells inside these polygons are used (default: every valid cell).</source>
        <translation>Solo se usan las celdas dentro de estos polígonos (por defecto: todas las celdas válidas).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="138"/>
        <source>Number of unlabeled cells (0: use the ratio)</source>
        <translation>Número de celdas no etiquetadas (0: usar la razón)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="145"/>
        <source>Total number of unlabeled cells over train and test; 0 uses the ratio below.</source>
        <translation>Número total de celdas no etiquetadas entre entrenamiento y prueba; 0 usa la razón de abajo.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="147"/>
        <source>Unlabeled cells per landslide</source>
        <translation>Celdas no etiquetadas por deslizamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="157"/>
        <source>Default 1 (a balanced sample).</source>
        <translation>1 por defecto (una muestra balanceada).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="159"/>
        <source>Exclusion buffer around landslides (map units)</source>
        <translation>Búfer de exclusión alrededor de los deslizamientos (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="169"/>
        <source>No unlabeled cell is drawn within this distance of a landslide cell (in the rasters&apos; CRS units). Landslide cells themselves are always excluded.</source>
        <translation>No se extrae ninguna celda no etiquetada a menos de esta distancia de una celda de deslizamiento (en unidades del SRC de los ráster). Las propias celdas de deslizamiento siempre se excluyen.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="176"/>
        <source>Train fraction</source>
        <translation>Fracción de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="187"/>
        <source>Share of the landslides used for training (default 0.7, the usual 70/30 split).</source>
        <translation>Proporción de los deslizamientos usada para el entrenamiento (0,7 por defecto, la partición habitual 70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="189"/>
        <source>Train/test split</source>
        <translation>Partición entrenamiento/prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="189"/>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="189"/>
        <source>Spatial blocks</source>
        <translation>Bloques espaciales</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="195"/>
        <source>Random: landslides split at random. Spatial blocks: square blocks of the size below go whole to train or test, and so do their unlabeled cells.</source>
        <translation>Aleatoria: los deslizamientos se reparten al azar. Bloques espaciales: bloques cuadrados del tamaño de abajo van enteros a entrenamiento o a prueba, al igual que sus celdas no etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="201"/>
        <source>Block size of the spatial split (map units)</source>
        <translation>Tamaño de bloque de la partición espacial (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="211"/>
        <source>Side of the square blocks of the spatial split, in the rasters&apos; CRS units (default 1000).</source>
        <translation>Lado de los bloques cuadrados de la partición espacial, en unidades del SRC de los ráster (1000 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="217"/>
        <source>The same seed and inputs give the same samples.</source>
        <translation>La misma semilla y las mismas entradas dan las mismas muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="220"/>
        <source>Reference grid to align to</source>
        <translation>Cuadrícula de referencia para alinear</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="223"/>
        <source>When the factors are not on one grid, they are resampled onto this raster&apos;s grid.</source>
        <translation>Si los factores no están en una misma cuadrícula, se remuestrean en la cuadrícula de este ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="328"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="240"/>
        <source>Points at cell centres (the factors&apos; CRS) with label, split, one field per factor, row and col.</source>
        <translation>Puntos en los centros de las celdas (SRC de los factores) con label, split, un campo por factor, row y col.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="246"/>
        <source>Train landslides</source>
        <translation>Deslizamientos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="247"/>
        <source>Test landslides</source>
        <translation>Deslizamientos de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="248"/>
        <source>Train unlabeled</source>
        <translation>No etiquetados de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="249"/>
        <source>Test unlabeled</source>
        <translation>No etiquetados de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="250"/>
        <source>Factor fields (comma separated)</source>
        <translation>Campos de factores (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="253"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="258"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Elija al menos un ráster de factor condicionante.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="263"/>
        <source>Factor name(s) {} clash with the sample layer&apos;s own fields ({}): rename the layer(s).</source>
        <translation>El/los nombre(s) de factor {} chocan con los campos propios de la capa de muestras ({}): cambie el nombre de la(s) capa(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="270"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>No se pudo abrir el inventario de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="284"/>
        <source>Factors ({}): {} on a {} x {} grid</source>
        <translation>Factores ({}): {} en una cuadrícula de {} x {}</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="361"/>
        <source>The highest-cell mode needs a DEM: choose the DEM parameter (e.g. the elevation factor).</source>
        <translation>El modo de celda más alta requiere un MDE: elija el parámetro MDE (p. ej., el factor de elevación).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="369"/>
        <source>The DEM &apos;{}&apos; is not on the factors&apos; grid ({}): resample it first.</source>
        <translation>El MDE '{}' no está en la cuadrícula de los factores ({}): remuestréelo primero.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="292"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="322"/>
        <source>Samples: {}</source>
        <translation>Muestras: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="99"/>
        <source>Build samples from an inventory</source>
        <translation>Construir muestras a partir de un inventario</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="106"/>
        <source>Polygon ID field (empty: feature id)</source>
        <translation>Campo de identificador de los polígonos (vacío: identificador de la entidad)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="113"/>
        <source>Polygons only: the integer field whose value each landslide sample keeps in &apos;ls_id&apos; (empty: the feature id). Polygons sharing an id go to the same split.</source>
        <translation>Solo polígonos: el campo entero cuyo valor conserva cada muestra de deslizamiento en 'ls_id' (vacío: el identificador de la entidad). Los polígonos que comparten un identificador van a la misma partición.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="346"/>
        <source>The ID field &apos;{}&apos; is used for polygon inventories only; &apos;{}&apos; has points.</source>
        <translation>El campo de identificador '{}' solo se usa con inventarios de polígonos; '{}' tiene puntos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="100"/>
        <source>Builds the sample layer of a study from a landslide inventory and the factor rasters: points at cell centres with `label` (1 landslide, 0 unlabeled), `split` (train/test), one field per factor, `row` and `col` (polygons: `ls_id`, the polygon id).

PU testing method (Fu et al. 2024): landslides are split into train and test first (at random or by spatial blocks); unlabeled cells are drawn from two disjoint pools, away from landslides and an optional buffer. Polygons give their centroid cell, their highest cell on a DEM, or every cell.

Factors must share one grid, or be aligned to a reference raster. At least 10 landslides must remain.</source>
        <translation>Construye la capa de muestras de un estudio a partir de un inventario de deslizamientos y de los ráster de factores: puntos en los centros de las celdas con `label` (1 deslizamiento, 0 no etiquetado), `split` (train/test), un campo por factor, `row` y `col` (polígonos: `ls_id`, el identificador del polígono).

Método de prueba PU (Fu et al. 2024): los deslizamientos se reparten primero entre entrenamiento y prueba (al azar o por bloques espaciales); las celdas no etiquetadas se extraen de dos reservas disjuntas, lejos de los deslizamientos y de un área de influencia opcional. Los polígonos dan su celda del centroide, su celda más alta en un MDE, o todas sus celdas.

Los factores deben compartir una cuadrícula, o estar alineados con un ráster de referencia. Deben quedar al menos 10 deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="228"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the pass over the grid (the cells open to the unlabeled draw and each pool&apos;s smallest keys) runs as one task per block on its workers, which read the factor rasters and the rasterised masks (in QGIS&apos;s Processing temporary folder) from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the samples are the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Dirección de un planificador Dask distributed en ejecución (p. ej. tcp://10.0.0.5:8786): el recorrido de la malla (las celdas abiertas al sorteo no etiquetado y las claves más pequeñas de cada reserva) se ejecuta como una tarea por bloque en sus workers, que leen los rásteres de factores y las máscaras rasterizadas (en la carpeta temporal de Processing de QGIS) en las mismas rutas (legibles allí), con numpy, GDAL y este complemento importable como 'landslide_susceptibility'; las muestras son las mismas que en una ejecución aquí. Requiere el paquete 'distributed'. Vacío: ejecutar aquí.</translation>
    </message>
</context>
<context>
    <name>CompareNegativesAlgorithm</name>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="69"/>
        <source>Sample layer</source>
        <translation>Capa de muestras</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="69"/>
        <source>Points with label (1 landslide, 0 random unlabeled) and split fields (lsm:buildsamples).</source>
        <translation>Puntos con campos de etiqueta (1 deslizamiento, 0 no etiquetado aleatorio) y de partición (lsm:buildsamples).</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="76"/>
        <source>Label field</source>
        <translation>Campo de etiqueta</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="76"/>
        <source>1 for landslides, 0 for random unlabeled cells.</source>
        <translation>1 para los deslizamientos, 0 para las celdas no etiquetadas aleatorias.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="83"/>
        <source>Split field</source>
        <translation>Campo de partición</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="83"/>
        <source>&apos;train&apos; / &apos;test&apos;: negatives come from the training split, the common test from the test one.</source>
        <translation>'train' / 'test': los negativos provienen de la partición de entrenamiento; la prueba común, de la de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="92"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="92"/>
        <source>The factors (one grid); the values are read from them at the samples&apos; cells.</source>
        <translation>Los factores (una misma cuadrícula); los valores se leen de ellos en las celdas de las muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="97"/>
        <source>Negative sampling strategies</source>
        <translation>Estrategias de muestreo de negativos</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="97"/>
        <source>Random, buffer, spy (Fu et al. 2024) and Bagging-PU negatives (core.pu).</source>
        <translation>Negativos aleatorios, por búfer, por espías (Fu et al. 2024) y Bagging-PU (core.pu).</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="108"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="108"/>
        <source>Model types of lsm:trainmodel, fitted with their default parameters.</source>
        <translation>Tipos de modelo de lsm:trainmodel, ajustados con sus parámetros por defecto.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="120"/>
        <source>Prediction-rate AUC over the map</source>
        <translation>AUC de la tasa de predicción sobre el mapa</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="120"/>
        <source>Predict every cell for every run (block by block) and rank the test landslides: slow on big maps.</source>
        <translation>Predecir cada celda para cada ejecución (bloque por bloque) y ordenar los deslizamientos de prueba: lento en mapas grandes.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="131"/>
        <source>Write run records</source>
        <translation>Escribir las fichas de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="131"/>
        <source>One record per run (its common random test, with the rn and map scores in its summary).</source>
        <translation>Una ficha por ejecución (su prueba aleatoria común, con los puntajes rn y de mapa en su resumen).</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="138"/>
        <source>Comparison table (CSV)</source>
        <translation>Tabla de comparación (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="138"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="143"/>
        <source>Box plots (PNG)</source>
        <translation>Diagramas de caja (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="143"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="148"/>
        <source>Experiment group of the run records</source>
        <translation>Grupo de experimento de las fichas de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="154"/>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="154"/>
        <source>Draws (and fits) per strategy and model; the table gives their mean and sd.</source>
        <translation>Extracciones (y ajustes) por estrategia y modelo; la tabla da su media y su desv. est.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="159"/>
        <source>Negatives per landslide</source>
        <translation>Negativos por deslizamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="159"/>
        <source>Training negatives per training landslide for every strategy.</source>
        <translation>Negativos de entrenamiento por deslizamiento de entrenamiento para cada estrategia.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="169"/>
        <source>Buffer distance (map units)</source>
        <translation>Distancia del búfer (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="169"/>
        <source>Buffer negatives lie farther than this from every landslide of their split.</source>
        <translation>Los negativos por búfer están más lejos que esta distancia de todo deslizamiento de su partición.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="215"/>
        <source>The sample layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="230"/>
        <source>{} row(s) of &apos;{}&apos; without label, split, or factor values were left out.</source>
        <translation>{} fila(s) de '{}' sin etiqueta, partición o valores de factores se omitieron.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="242"/>
        <source>Common random test set: {} test landslides, {} random unlabeled test cells.</source>
        <translation>Conjunto de prueba aleatorio común: {} deslizamientos de prueba, {} celdas de prueba no etiquetadas aleatorias.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="254"/>
        <source>Quote the &apos;random&apos; and &apos;area&apos; rows: &apos;rn&apos; rows score each strategy on its own negatives, which are easy by construction (optimistic).</source>
        <translation>Cite las filas 'random' y 'area': las filas 'rn' evalúan cada estrategia con sus propios negativos, fáciles por construcción (optimista).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="101"/>
        <source>Compare negative sampling strategies</source>
        <translation>Comparar estrategias de muestreo de negativos</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="102"/>
        <source>Which negatives make the better map? Trains every chosen model on random, buffer (beyond a distance from every training landslide), spy and Bagging-PU negatives, N times each, and scores every run on ONE common test set: the test landslides against the sample layer&apos;s random unlabeled test cells (test set &apos;random&apos;), and by the prediction-rate AUC over the whole map (&apos;area&apos;). Each strategy&apos;s own test negatives (&apos;rn&apos;) are scored too, for reference: they are easy by construction.

Input: a sample layer of lsm:buildsamples (label, split) and the factor rasters. Outputs: a CSV (strategy, model, test_set, metric, mean, sd, n), a box-plot PNG and run records.</source>
        <translation>¿Qué negativos dan el mejor mapa? Entrena cada modelo elegido con negativos aleatorios, por búfer (más allá de una distancia de todo deslizamiento de entrenamiento), por espías y Bagging-PU, N veces cada uno, y evalúa cada ejecución con UN conjunto de prueba común: los deslizamientos de prueba frente a las celdas de prueba no etiquetadas aleatorias de la capa de muestras (conjunto de prueba 'random'), y por el AUC de la tasa de predicción sobre todo el mapa ('area'). También se evalúan los propios negativos de prueba de cada estrategia ('rn'), como referencia: son fáciles por construcción.

Entrada: una capa de muestras de lsm:buildsamples (label, split) y los ráster de factores. Salidas: un CSV (strategy, model, test_set, metric, mean, sd, n), un PNG de diagramas de caja y fichas de ejecución.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="103"/>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="104"/>
        <source>Buffer (beyond a distance)</source>
        <translation>Búfer (más allá de una distancia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="105"/>
        <source>Spy technique</source>
        <translation>Técnica de espías</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="106"/>
        <source>Bagging-PU</source>
        <translation>Bagging-PU</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="107"/>
        <source>Balanced random forest</source>
        <translation>Bosque aleatorio balanceado</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="108"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (miembros AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="109"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="110"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="111"/>
        <source>Random forest (benchmark)</source>
        <translation>Bosque aleatorio (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="112"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Red neuronal profunda (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="113"/>
        <source>Support vector machine (RBF)</source>
        <translation>Máquina de vectores de soporte (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="114"/>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="115"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Regresión logística de núcleo (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="116"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM con atención espacial (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="117"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Red convolucional 1D sobre los factores (línea base CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="118"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Razón de frecuencia (sumada, normalizada 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="119"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valor informativo (sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="120"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Pesos de evidencia (contraste sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="121"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Regresión logística con tabla de coeficientes (sin penalización)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="122"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Potenciación del gradiente (LightGBM, clases balanceadas)</translation>
    </message>
</context>
<context>
    <name>ContributionMapsAlgorithm</name>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="59"/>
        <source>Model bundle</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="60"/>
        <source>A .lsmodel file written by lsm:trainmodel (trusted files only).</source>
        <translation>Un archivo .lsmodel escrito por lsm:trainmodel (solo archivos de confianza).</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="62"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="63"/>
        <source>The factors the model was trained on, named as at training, on one grid.</source>
        <translation>Los factores con los que se entrenó el modelo, nombrados como en el entrenamiento, en una misma cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="65"/>
        <source>Factors to map (comma separated, empty = all)</source>
        <translation>Factores a mapear (separados por comas, vacío = todos)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="68"/>
        <source>Names of the bundle&apos;s factors that get a band, e.g. &apos;slope, dist_faults&apos;; empty: all.</source>
        <translation>Nombres de los factores del paquete de modelo que reciben una banda, p. ej., 'slope, dist_faults'; vacío: todos.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="72"/>
        <source>Mask (study area polygons)</source>
        <translation>Máscara (polígonos del área de estudio)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="75"/>
        <source>Only cells whose centre is inside these polygons are explained (any CRS); the rest is nodata.</source>
        <translation>Solo se explican las celdas cuyo centro está dentro de estos polígonos (cualquier SRC); el resto es nodata.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="81"/>
        <source>Cells per block</source>
        <translation>Celdas por bloque</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="81"/>
        <source>Cells read and explained at once (rounded to the rasters&apos; blocks); memory grows with it.</source>
        <translation>Celdas leídas y explicadas a la vez (redondeado a los bloques de los ráster); la memoria crece con este número.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="95"/>
        <source>Background cells (sampled explainer)</source>
        <translation>Celdas de fondo (explicador muestreado)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="95"/>
        <source>Reference cells of the sampled explainer, drawn with the seed from the map; more: steadier values, slower. Tree models do not use them.</source>
        <translation>Celdas de referencia del explicador muestreado, extraídas del mapa con la semilla; más celdas: valores más estables, más lento. Los modelos de árboles no las usan.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="110"/>
        <source>Model calls per cell (sampled explainer, 0 = auto)</source>
        <translation>Llamadas al modelo por celda (explicador muestreado, 0 = auto)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="110"/>
        <source>0: 10 x (2 x factors + 1). Fewer: faster and noisier. Tree models do not use it.</source>
        <translation>0: 10 x (2 x factores + 1). Menos: más rápido y con más ruido. Los modelos de árboles no lo usan.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="123"/>
        <source>Factor contributions (SHAP)</source>
        <translation>Contribuciones de los factores (SHAP)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="126"/>
        <source>Cells explained</source>
        <translation>Celdas explicadas</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="127"/>
        <source>Base value (mean model output)</source>
        <translation>Valor base (salida media del modelo)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="128"/>
        <source>Largest additivity error of the SHAP values</source>
        <translation>Mayor error de aditividad de los valores SHAP</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="133"/>
        <source>Band names (comma separated)</source>
        <translation>Nombres de las bandas (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="154"/>
        <source>The maps are written as GeoTIFF: give &apos;{}&apos; a .tif extension.</source>
        <translation>Los mapas se escriben como GeoTIFF: dé a '{}' una extensión .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="171"/>
        <source>SHAP values ({} explainer, {} scale) of {} on {} cells in {} blocks; base value {:.6f}.</source>
        <translation>Valores SHAP (explicador {}, escala {}) de {} sobre {} celdas en {} bloques; valor base {:.6f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="183"/>
        <source>Additivity check: base value + sum of SHAP values = model output within {:.2e}.</source>
        <translation>Comprobación de aditividad: valor base + suma de los valores SHAP = salida del modelo con un margen de {:.2e}.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="192"/>
        <source>Factor contributions</source>
        <translation>Contribuciones de los factores</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="123"/>
        <source>Factor contribution maps (SHAP)</source>
        <translation>Mapas de contribución de los factores (SHAP)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="124"/>
        <source>Maps where each chosen factor drives the score of a model bundle: the SHAP value of the factor at every cell, one band per factor (band description = factor name) of a Float32 GeoTIFF, read and written block by block like lsm:predictraster. Categorical factors are one band (the sum of their one-hot columns).

Forests and LightGBM: exact TreeExplainer values (forests: probability, LightGBM: log-odds), far slower than a prediction. Other models: a sampled explainer on background cells of the map, approximate and very slow: use it on a small area (a mask). Base value + sum of every factor&apos;s band = the model output (the base value is in the raster&apos;s metadata).</source>
        <translation>Mapea la influencia de cada factor elegido en el puntaje de un paquete de modelo: el valor SHAP del factor en cada celda, una banda por factor (descripción de banda = nombre del factor) de un GeoTIFF Float32, leído y escrito bloque por bloque como lsm:predictraster. Los factores categóricos ocupan una sola banda (la suma de sus columnas one-hot).

Bosques y LightGBM: valores exactos de TreeExplainer (bosques: probabilidad, LightGBM: log-odds), mucho más lentos que una predicción. Otros modelos: un explicador muestreado sobre celdas de fondo del mapa, aproximado y muy lento: úselo en un área pequeña (una máscara). Valor base + suma de las bandas de todos los factores = salida del modelo (el valor base está en los metadatos del ráster).</translation>
    </message>
</context>
<context>
    <name>CrossValidateAlgorithm</name>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="111"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 no etiquetado)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="122"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="131"/>
        <source>Negatives per landslide in each fold (0 = all)</source>
        <translation>Negativos por deslizamiento en cada pliegue (0 = todos)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="145"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Parámetros del modelo (nombre=valor; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="158"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="167"/>
        <source>Folds</source>
        <translation>Pliegues</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="176"/>
        <source>Number of folds (k)</source>
        <translation>Número de pliegues (k)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="187"/>
        <source>Block size (map units)</source>
        <translation>Tamaño de bloque (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="200"/>
        <source>Group field (leave one group out)</source>
        <translation>Campo de grupo (dejar un grupo fuera)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="223"/>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="237"/>
        <source>Per-fold metrics</source>
        <translation>Métricas por pliegue</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="240"/>
        <source>Metrics summary (mean, sd, 95 % interval)</source>
        <translation>Resumen de métricas (media, desv. est., intervalo del 95 %)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="247"/>
        <source>Out-of-fold scores</source>
        <translation>Puntajes fuera del pliegue</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="252"/>
        <source>ROC and PR curves of the folds (PNG)</source>
        <translation>Curvas ROC y PR de los pliegues (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="252"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="260"/>
        <source>Mean ROC-AUC over the folds</source>
        <translation>ROC-AUC medio sobre los pliegues</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="261"/>
        <source>Mean PR-AUC over the folds</source>
        <translation>PR-AUC medio sobre los pliegues</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="262"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="263"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="271"/>
        <source>The samples layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="278"/>
        <source>Cross-validating {} on &apos;{}&apos;: {} landslides, {} unlabeled; {} folds ({}) x {} repeat(s), 1:{}.</source>
        <translation>Validación cruzada de {} en '{}': {} deslizamientos, {} no etiquetados; {} pliegues ({}) x {} repetición(es), 1:{}.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="278"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="37"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Elija los campos de factores de la capa '{}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="43"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor.</source>
        <translation>El campo de etiqueta '{}' también está elegido como factor.</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="71"/>
        <source>Leave one group out needs a group field: choose it (event, region or year).</source>
        <translation>Dejar un grupo fuera requiere un campo de grupo: elíjalo (evento, región o año).</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="102"/>
        <source>{} over the folds: {} (sd {:.3f}; {}).</source>
        <translation>{} sobre los pliegues: {} (desv. est. {:.3f}; {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="112"/>
        <source>Test set of every fold: &apos;random&apos; (the fold&apos;s landslides against its unlabeled samples); the threshold metrics are at 0.5.</source>
        <translation>Conjunto de prueba de cada pliegue: 'random' (los deslizamientos del pliegue contra sus muestras no etiquetadas); las métricas con umbral se calculan en 0,5.</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="177"/>
        <source>Cannot write the out-of-fold layer: {}</source>
        <translation>No se puede escribir la capa fuera del pliegue: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="125"/>
        <source>Cross-validate model</source>
        <translation>Validación cruzada de un modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="81"/>
        <source>Temporal folds need a time field: choose the field holding the year or date of each sample.</source>
        <translation>Los pliegues temporales requieren un campo de tiempo: elija el campo que contiene el año o la fecha de cada muestra.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="102"/>
        <source>Samples or mapping units</source>
        <translation>Muestras o unidades de mapeo</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="122"/>
        <source>Model type, as in lsm:trainmodel ({}).</source>
        <translation>Tipo de modelo, como en lsm:trainmodel ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="211"/>
        <source>Time field (temporal folds)</source>
        <translation>Campo de tiempo (pliegues temporales)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="126"/>
        <source>Out-of-fold assessment of any model type of lsm:trainmodel on sample points (landslides 1, unlabeled 0) or mapping units (polygons with factor fields, label ls_presence of lsm:unitfactors). Folds: stratified k-fold, spatial blocks, k-means of the coordinates (unit centroids), leave one group out, leave one out (pooled metrics) or temporal (each later time tested by a model of the earlier times only), optionally repeated. Each fold trains on negatives drawn from its own training unlabeled samples and is tested on its landslides against its unlabeled samples (test set &apos;random&apos;).

Outputs: per-fold metrics, their mean, sd and 95 % interval, the out-of-fold score of every sample as a layer, a ROC / PR figure of the folds and a run record (the dock shows the spread).</source>
        <translation>Evaluación fuera de pliegue de cualquier tipo de modelo de lsm:trainmodel sobre puntos de muestra (deslizamientos 1, no etiquetados 0) o unidades de mapeo (polígonos con campos de factores, etiqueta ls_presence de lsm:unitfactors). Pliegues: k pliegues estratificados, bloques espaciales, k-means de las coordenadas (centroides de las unidades), dejar un grupo fuera, dejar uno fuera (métricas agrupadas) o temporal (cada tiempo posterior probado por un modelo solo de los tiempos anteriores), opcionalmente repetidos. Cada pliegue se entrena con negativos extraídos de sus propias muestras no etiquetadas de entrenamiento y se prueba con sus deslizamientos frente a sus muestras no etiquetadas (conjunto de prueba 'random').

Salidas: métricas por pliegue, su media, desviación estándar e intervalo del 95 %, el puntaje fuera de pliegue de cada muestra como capa, una figura ROC / PR de los pliegues y una ficha de ejecución (el panel muestra la dispersión).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="127"/>
        <source>Balanced random forest</source>
        <translation>Bosque aleatorio balanceado</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="128"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (miembros AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="129"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="130"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="131"/>
        <source>Random forest (benchmark)</source>
        <translation>Bosque aleatorio (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="132"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Red neuronal profunda (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="133"/>
        <source>Support vector machine (RBF)</source>
        <translation>Máquina de vectores de soporte (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="134"/>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="135"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Regresión logística de núcleo (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="136"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM con atención espacial (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="137"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Red convolucional 1D sobre los factores (línea base CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="138"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Razón de frecuencia (sumada, normalizada 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="139"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valor informativo (sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="140"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Pesos de evidencia (contraste sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="141"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Regresión logística con tabla de coeficientes (sin penalización)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="142"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Potenciación del gradiente (LightGBM, clases balanceadas)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="143"/>
        <source>Stratified k-fold</source>
        <translation>k pliegues estratificados</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="144"/>
        <source>Spatial blocks (square blocks of the block size)</source>
        <translation>Bloques espaciales (bloques cuadrados del tamaño de bloque)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="145"/>
        <source>k-means clusters of the coordinates</source>
        <translation>grupos k-means de las coordenadas</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="146"/>
        <source>Leave one group out (group field)</source>
        <translation>Dejar un grupo fuera (campo de grupo)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="147"/>
        <source>Leave one out (each sample or unit alone; metrics pooled)</source>
        <translation>Dejar uno fuera (cada muestra o unidad por separado; métricas agrupadas)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="148"/>
        <source>Temporal (time field: train on earlier times, test on each later one)</source>
        <translation>Temporal (campo de tiempo: entrenar con los tiempos anteriores, probar con cada uno posterior)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="149"/>
        <source>Point layer of samples (landslides 1, unlabeled cells 0, e.g. an lsm:buildsamples output) or a polygon layer of mapping units with factor fields and a 0/1 field (lsm:unitfactors: ls_presence); every sample is tested once per repeat (temporal folds: all but the earliest time), whatever its split field says.</source>
        <translation>Capa de puntos de muestras (deslizamientos 1, celdas no etiquetadas 0, p. ej., una salida de lsm:buildsamples) o capa de polígonos de unidades de mapeo con campos de factores y un campo 0/1 (lsm:unitfactors: ls_presence); cada muestra se prueba una vez por repetición (pliegues temporales: todas salvo las del tiempo más temprano), diga lo que diga su campo de partición.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="150"/>
        <source>Field holding 1 for landslides and 0 for the unlabeled samples (default &apos;label&apos;); NULL rows are skipped.</source>
        <translation>Campo con 1 para los deslizamientos y 0 para las muestras no etiquetadas ('label' por defecto); las filas NULL se omiten.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="151"/>
        <source>Each fold trains on its training landslides and this many negatives per landslide, drawn from that fold&apos;s training unlabeled samples only; 0 uses all of them.</source>
        <translation>Cada pliegue se entrena con sus deslizamientos de entrenamiento y este número de negativos por deslizamiento, extraídos solo de las muestras no etiquetadas de entrenamiento de ese pliegue; 0 las usa todas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="152"/>
        <source>Overrides of the model&apos;s defaults, e.g. &apos;n_estimators=300&apos; (as in lsm:trainmodel).</source>
        <translation>Sustituciones de los valores por defecto del modelo, p. ej., 'n_estimators=300' (como en lsm:trainmodel).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="153"/>
        <source>Write the per-fold metrics and their summary into the run store for the metrics dock.</source>
        <translation>Escribir las métricas por pliegue y su resumen en el registro de ejecuciones para el panel de métricas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="154"/>
        <source>How samples go to folds: at random by class, by whole square blocks, by k-means clusters of the coordinates (neighbours stay together), one fold per value of the group field (Fan et al. 2025 leave-one-event-out), one fold per sample (leave one out) or by time (temporal: never trains on a time later than the one it tests).</source>
        <translation>Cómo se reparten las muestras en los pliegues: al azar por clase, por bloques cuadrados enteros, por grupos k-means de las coordenadas (los vecinos permanecen juntos), un pliegue por valor del campo de grupo (dejar un evento fuera, Fan et al. 2025), un pliegue por muestra (dejar uno fuera) o por tiempo (temporal: nunca entrena con un tiempo posterior al que prueba).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="155"/>
        <source>k of the stratified, spatial-block and k-means folds (leave-one-group-out has one fold per group).</source>
        <translation>k de los pliegues estratificados, por bloques espaciales y k-means (dejar un grupo fuera tiene un pliegue por grupo).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="156"/>
        <source>Side of the square blocks of the spatial folds, in the layer&apos;s map units.</source>
        <translation>Lado de los bloques cuadrados de los pliegues espaciales, en las unidades de mapa de la capa.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="157"/>
        <source>Field naming the event, region or year of each sample; every group needs landslides and unlabeled samples, and there must be at least two.</source>
        <translation>Campo que indica el evento, la región o el año de cada muestra; cada grupo necesita deslizamientos y muestras no etiquetadas, y debe haber al menos dos grupos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="158"/>
        <source>Year, date or date-time of each sample (of its landslide inventory); every time after the earliest is one test fold, trained on the samples of earlier times; each needs landslides and unlabeled samples.</source>
        <translation>Año, fecha o fecha-hora de cada muestra (de su inventario de deslizamientos); cada tiempo posterior al más temprano es un pliegue de prueba, entrenado con las muestras de los tiempos anteriores; cada uno necesita deslizamientos y muestras no etiquetadas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="159"/>
        <source>Repeat the whole cross-validation with new folds and negatives; the interval is then the 2.5-97.5 percentiles of all fold values.</source>
        <translation>Repite toda la validación cruzada con nuevos pliegues y negativos; el intervalo es entonces el de los percentiles 2,5-97,5 de todos los valores de los pliegues.</translation>
    </message>
</context>
<context>
    <name>DeformationMatrixAlgorithm</name>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="57"/>
        <source>Deformation raster</source>
        <translation>Ráster de deformación</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="57"/>
        <source>Ground deformation, e.g. the LOS velocity of an SBAS-InSAR map in mm/yr (band 1).</source>
        <translation>Deformación del terreno, p. ej., la velocidad en la línea de vista (LOS) de un mapa SBAS-InSAR en mm/año (banda 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="62"/>
        <source>Deformation class edges (comma separated)</source>
        <translation>Límites de las clases de deformación (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="62"/>
        <source>Edges of the deformation classes, increasing; inf and -inf allowed. The default -inf,-10,-5,5,10,inf gives five classes of the signed velocity.</source>
        <translation>Límites de las clases de deformación, crecientes; se admiten inf y -inf. El valor por defecto -inf,-10,-5,5,10,inf da cinco clases de la velocidad con signo.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="72"/>
        <source>Class |velocity|</source>
        <translation>Clasificar |velocidad|</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="72"/>
        <source>Class the absolute value of the deformation (e.g. edges 0,5,10,20,inf) instead of the sign.</source>
        <translation>Clasificar el valor absoluto de la deformación (p. ej., límites 0,5,10,20,inf) en lugar del signo.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="79"/>
        <source>Susceptibility raster</source>
        <translation>Ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="79"/>
        <source>A classed map (whole class codes, e.g. lsm:jenksclassify&apos;s output) or, with class edges below, a continuous susceptibility index; on the deformation raster&apos;s grid.</source>
        <translation>Un mapa clasificado (códigos de clase enteros, p. ej., la salida de lsm:jenksclassify) o, con los límites de clase de abajo, un índice de susceptibilidad continuo; en la cuadrícula del ráster de deformación.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="87"/>
        <source>Susceptibility class edges (comma separated)</source>
        <translation>Límites de las clases de susceptibilidad (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="87"/>
        <source>For a continuous map: the edges of its classes, e.g. 0,0.2,0.4,0.6,0.8,1. Empty: the raster&apos;s values are class codes.</source>
        <translation>Para un mapa continuo: los límites de sus clases, p. ej., 0,0.2,0.4,0.6,0.8,1. Vacío: los valores del ráster son códigos de clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="99"/>
        <source>Susceptibility class labels (comma separated)</source>
        <translation>Etiquetas de las clases de susceptibilidad (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="99"/>
        <source>One label per susceptibility class. Default: Very low ... Very high for codes 1..5, else &apos;Class &lt;code&gt;&apos; (or the edges for a continuous map).</source>
        <translation>Una etiqueta por clase de susceptibilidad. Por defecto: Muy baja ... Muy alta para los códigos 1..5; si no, 'Class &lt;code&gt;' (o los límites para un mapa continuo).</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="112"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="112"/>
        <source>Write the matrix and its statistics into the run store.</source>
        <translation>Escribir la matriz y sus estadísticas en el registro de ejecuciones.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="119"/>
        <source>Matrix table (CSV)</source>
        <translation>Tabla de la matriz (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="119"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="119"/>
        <source>One row per pair of classes: cells, share of the deformation class, of the susceptibility class.</source>
        <translation>Una fila por par de clases: celdas, proporción de la clase de deformación y de la clase de susceptibilidad.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="128"/>
        <source>Matrix heatmap (PNG)</source>
        <translation>Mapa de calor de la matriz (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="128"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="128"/>
        <source>Heatmap of the row shares with the cell counts.</source>
        <translation>Mapa de calor de las proporciones por fila con los conteos de celdas.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="135"/>
        <source>Chi-square statistic</source>
        <translation>Estadístico chi cuadrado</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="136"/>
        <source>Chi-square p-value</source>
        <translation>Valor p del chi cuadrado</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="137"/>
        <source>Cramer&apos;s V</source>
        <translation>V de Cramér</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="138"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="139"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="144"/>
        <source>The {} could not be opened.</source>
        <translation>No se pudo abrir el {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="147"/>
        <source>The {} &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>El {} '{}' no es un archivo en el disco ({}); guárdelo primero como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="155"/>
        <source>deformation raster</source>
        <translation>ráster de deformación</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="156"/>
        <source>susceptibility raster</source>
        <translation>ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="188"/>
        <source>{} susceptibility labels were given for {} classes ({}): give one label per class.</source>
        <translation>Se dieron {} etiquetas de susceptibilidad para {} clases ({}): indique una etiqueta por clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="198"/>
        <source>{} cells counted in {} deformation x {} susceptibility classes.</source>
        <translation>{} celdas contadas en {} clases de deformación x {} clases de susceptibilidad.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="203"/>
        <source>Chi-square {:.6g} (dof {}), p-value {:.3g}, Cramer&apos;s V {:.4f}.</source>
        <translation>Chi cuadrado {:.6g} (gl {}), valor p {:.3g}, V de Cramér {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="161"/>
        <source>Deformation x susceptibility matrix</source>
        <translation>Matriz deformación x susceptibilidad</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="162"/>
        <source>Checks a susceptibility map against ground deformation (e.g. an SBAS-InSAR velocity map in mm/yr), as Tang et al. 2026 do: the cells of each deformation class (user breaks on the signed velocity or on |velocity|) counted per susceptibility class (a classed map such as lsm:jenksclassify writes, or a continuous map with breaks), with row and column shares, the chi-square test and Cramer&apos;s V.

Both rasters must be on one grid (lsm:alignfactors puts them there). Outputs: a CSV table, a PNG heatmap and a run record.</source>
        <translation>Contrasta un mapa de susceptibilidad con la deformación del terreno (p. ej., un mapa de velocidad SBAS-InSAR en mm/año), como hacen Tang et al. 2026: las celdas de cada clase de deformación (cortes del usuario sobre la velocidad con signo o sobre |velocidad|) contadas por clase de susceptibilidad (un mapa clasificado como el que escribe lsm:jenksclassify, o un mapa continuo con cortes), con las proporciones por fila y por columna, la prueba de chi cuadrado y la V de Cramér.

Ambos ráster deben estar en una misma cuadrícula (lsm:alignfactors los coloca en ella). Salidas: una tabla CSV, un mapa de calor PNG y una ficha de ejecución.</translation>
    </message>
</context>
<context>
    <name>EvaluateModelAlgorithm</name>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="83"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="89"/>
        <source>A model bundle; the samples need a field per factor of the bundle. Trusted files only.</source>
        <translation>Un paquete de modelo; las muestras necesitan un campo por cada factor del paquete. Solo archivos de confianza.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="93"/>
        <source>Susceptibility raster</source>
        <translation>Ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="94"/>
        <source>Instead of a bundle: a susceptibility raster (e.g. lsm:predictraster&apos;s output).</source>
        <translation>En lugar de un paquete: un ráster de susceptibilidad (p. ej., la salida de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="96"/>
        <source>Raster band</source>
        <translation>Banda del ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="101"/>
        <source>Threshold (landslide when score &gt;= threshold)</source>
        <translation>Umbral (deslizamiento si puntaje &gt;= umbral)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="114"/>
        <source>Run name (for the run record)</source>
        <translation>Nombre de la ejecución (para la ficha de ejecución)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="120"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="125"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="128"/>
        <source>ROC curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="133"/>
        <source>Precision-recall curve</source>
        <translation>Curva precisión-exhaustividad</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="138"/>
        <source>ROC and PR curves (PNG)</source>
        <translation>Curvas ROC y PR (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="138"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="146"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="147"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="148"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="149"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="150"/>
        <source>Balanced accuracy at the threshold</source>
        <translation>Exactitud balanceada en el umbral</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="151"/>
        <source>G-mean-best threshold</source>
        <translation>Umbral óptimo según la G-mean</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="157"/>
        <source>Give either a model bundle or a susceptibility raster (one of the two).</source>
        <translation>Indique un paquete de modelo o un ráster de susceptibilidad (uno de los dos).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="220"/>
        <source>{} on {} test landslides and {} negatives of &apos;{}&apos;:</source>
        <translation>{} en {} deslizamientos de prueba y {} negativos de '{}':</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="231"/>
        <source>(columns: threshold {:.3f}, G-mean-best threshold {:.3f})</source>
        <translation>(columnas: umbral {:.3f}, umbral óptimo G-mean {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="240"/>
        <source>Using the {} &apos;test&apos; rows of the split field.</source>
        <translation>Se usan las {} filas 'test' del campo de partición.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="102"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model, which needs its factor rasters: map it (lsm:lsnetpredict) and evaluate the map with the raster input.</source>
        <translation>El paquete de modelo '{}' es un modelo '{}', que necesita sus ráster de factores: genere su mapa (lsm:lsnetpredict) y evalúe el mapa con la entrada ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="140"/>
        <source>The samples layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="108"/>
        <source>The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). Evaluate with samples that carry the bundle&apos;s factors ({}).</source>
        <translation>El paquete de modelo necesita el/los campo(s) de factor {} que faltan en la capa de muestras (sus campos: {}). Evalúe con muestras que tengan los factores del paquete ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="123"/>
        <source>Model {}</source>
        <translation>Modelo {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="133"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La banda {} no existe en '{}' ({} banda(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="157"/>
        <source>{} test point(s) fall outside raster &apos;{}&apos; and {} on nodata: left out.</source>
        <translation>{} punto(s) de prueba caen fuera del ráster '{}' y {} sobre nodata: se omiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="164"/>
        <source>No test point of &apos;{}&apos; falls on a value of raster &apos;{}&apos;: check that they cover the same area.</source>
        <translation>Ningún punto de prueba de '{}' cae sobre un valor del ráster '{}': verifique que cubran la misma zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="171"/>
        <source>Raster {}</source>
        <translation>Ráster {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="163"/>
        <source>Evaluate susceptibility model</source>
        <translation>Evaluar modelo de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="99"/>
        <source>Band of the susceptibility raster holding the scores (default 1).</source>
        <translation>Banda del ráster de susceptibilidad que contiene los puntajes (1 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="110"/>
        <source>Scores at or above it count as landslide for the threshold metrics (default 0.5).</source>
        <translation>Los puntajes iguales o superiores cuentan como deslizamiento para las métricas con umbral (0,5 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="117"/>
        <source>Name of the run in the metrics dock; empty: the model type and the run id.</source>
        <translation>Nombre de la ejecución en el panel de métricas; vacío: el tipo de modelo y el id. de ejecución.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="121"/>
        <source>Write the metrics and curves as a run record into the run store for the metrics dock.</source>
        <translation>Escribir las métricas y las curvas como ficha de ejecución en el registro de ejecuciones para el panel de métricas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="164"/>
        <source>Evaluates a model on test samples: a model bundle applied to the samples&apos; factor fields (named as the bundle&apos;s factors), or a susceptibility raster sampled at the test points. Only the &apos;test&apos; rows of the split field are used when there is one.

Metrics: overall accuracy, precision, sensitivity, specificity, balanced accuracy, G-mean, F1 and kappa at the threshold and at the G-mean-best threshold (optimistic: chosen on the test set), ROC-AUC and PR-AUC. Outputs: the metrics table, ROC and PR curve tables, a PNG of both curves and a run record for the metrics dock.

Bundles hold pickled Python objects: open only bundles from sources you trust.</source>
        <translation>Evalúa un modelo en muestras de prueba: un paquete de modelo aplicado a los campos de factores de las muestras (nombrados como los factores del paquete), o un ráster de susceptibilidad muestreado en los puntos de prueba. Si hay un campo de partición, solo se usan sus filas 'test'.

Métricas: exactitud global, precisión, sensibilidad, especificidad, exactitud balanceada, G-mean, F1 y kappa en el umbral y en el umbral óptimo G-mean (optimista: elegido en el conjunto de prueba), ROC-AUC y PR-AUC. Salidas: la tabla de métricas, las tablas de las curvas ROC y PR, un PNG de ambas curvas y una ficha de ejecución para el panel de métricas.

Los paquetes contienen objetos Python serializados (pickle): abra solo paquetes de fuentes de confianza.</translation>
    </message>
</context>
<context>
    <name>ExplainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/explainmodel.py" line="93"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="94"/>
        <source>A model bundle of lsm:trainmodel; the samples need a field per factor of the bundle.</source>
        <translation>Un paquete de modelo de lsm:trainmodel; las muestras necesitan un campo por cada factor del paquete.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="103"/>
        <source>Rows to explain (at most)</source>
        <translation>Filas por explicar (como máximo)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="103"/>
        <source>SHAP values are computed for at most this many rows (the test rows when there is a split), drawn at random with the seed.</source>
        <translation>Los valores SHAP se calculan para como máximo este número de filas (las filas de prueba cuando hay partición), extraídas al azar con la semilla.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="113"/>
        <source>Background rows (sampled explainer)</source>
        <translation>Filas de fondo (explicador muestreado)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="113"/>
        <source>Reference rows of the sampled explainer (training rows, drawn with the seed); more rows: steadier values, slower. Tree models do not use them.</source>
        <translation>Filas de referencia del explicador muestreado (filas de entrenamiento, extraídas con la semilla); más filas: valores más estables, más lento. Los modelos de árboles no las usan.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="128"/>
        <source>Dependence plots (top factors)</source>
        <translation>Gráficos de dependencia (factores principales)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="128"/>
        <source>Number of the most important factors that get a dependence plot.</source>
        <translation>Número de los factores más importantes que reciben un gráfico de dependencia.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="133"/>
        <source>Permutation repeats</source>
        <translation>Repeticiones de permutación</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="133"/>
        <source>Times each factor is shuffled for the permutation importance (mean and sd reported).</source>
        <translation>Veces que se baraja cada factor para la importancia por permutación (se informan la media y la desv. est.).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="141"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="142"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Mean |SHAP| per factor (CSV)</source>
        <translation>|SHAP| medio por factor (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Global importance bar chart (PNG)</source>
        <translation>Gráfico de barras de la importancia global (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Beeswarm figure (PNG)</source>
        <translation>Figura de enjambre (beeswarm) (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Dependence plots (PNG)</source>
        <translation>Gráficos de dependencia (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="150"/>
        <source>Where to write this output; empty (optional ones): not written.</source>
        <translation>Dónde escribir esta salida; vacío (salidas opcionales): no se escribe.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="152"/>
        <source>Permutation importance</source>
        <translation>Importancia por permutación</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="155"/>
        <source>Table: factor, mean drop of the test ROC-AUC when it is shuffled, its sd.</source>
        <translation>Tabla: factor, caída media del ROC-AUC de prueba al barajarlo, su desv. est.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="157"/>
        <source>Class or coefficient table (classic models)</source>
        <translation>Tabla de clases o de coeficientes (modelos clásicos)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="163"/>
        <source>For fr / iv / woe bundles the class table (counts, FR, IV, W+, W-, contrast, studentised contrast per factor class); for logit bundles the coefficient table. Other models: empty.</source>
        <translation>Para los paquetes fr / iv / woe, la tabla de clases (conteos, FR, IV, W+, W-, contraste, contraste estudentizado por clase de factor); para los paquetes logit, la tabla de coeficientes. Otros modelos: vacía.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="170"/>
        <source>Largest additivity error of the SHAP values</source>
        <translation>Mayor error de aditividad de los valores SHAP</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="181"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model: only lsm:trainmodel bundles can be explained.</source>
        <translation>El paquete de modelo '{}' es un modelo '{}': solo se pueden explicar paquetes de lsm:trainmodel.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="183"/>
        <source>The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). Explain the model on samples that carry the bundle&apos;s factors ({}).</source>
        <translation>El paquete de modelo necesita el/los campo(s) de factores {} que le faltan a la capa de muestras (sus campos: {}). Explique el modelo con muestras que tengan los factores del paquete ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="214"/>
        <source>The samples layer has no row with a label and every factor value: nothing to explain.</source>
        <translation>La capa de muestras no tiene ninguna fila con etiqueta y todos los valores de factores: nada que explicar.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="222"/>
        <source>Explaining the {} &apos;test&apos; rows of the split field.</source>
        <translation>Se explican las {} filas 'test' del campo de partición.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="225"/>
        <source>No &apos;test&apos; rows in the split field: every row is explained and permuted (optimistic).</source>
        <translation>No hay filas 'test' en el campo de partición: se explican y permutan todas las filas (optimista).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="239"/>
        <source>SHAP values ({} explainer, {} scale) of {} rows of &apos;{}&apos;; mean |SHAP| per factor:</source>
        <translation>Valores SHAP (explicador {}, escala {}) de {} filas de '{}'; |SHAP| medio por factor:</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="247"/>
        <source>Additivity check: base value + sum of SHAP values = model output within {:.2e} (tolerance {:.0e}).</source>
        <translation>Control de aditividad: valor base + suma de los valores SHAP = salida del modelo con una diferencia de hasta {:.2e} (tolerancia {:.0e}).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="267"/>
        <source>Model {}</source>
        <translation>Modelo {}</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="281"/>
        <source>The test rows hold one class only: no permutation importance.</source>
        <translation>Las filas de prueba contienen una sola clase: no hay importancia por permutación.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="292"/>
        <source>Permutation importance (drop of the ROC-AUC on {} rows):</source>
        <translation>Importancia por permutación (caída del ROC-AUC en {} filas):</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="165"/>
        <source>Explain susceptibility model (SHAP)</source>
        <translation>Explicar un modelo de susceptibilidad (SHAP)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="166"/>
        <source>Why the map says what it says: SHAP values of a model bundle on the rows of a sample layer (exact TreeExplainer values for forests and gradient boosting, a sampled permutation explainer for the other models), with a bar chart of mean |SHAP| per factor, a beeswarm figure, dependence plots of the top factors and a CSV of mean |SHAP|. Categorical factors count as one factor. The log shows the additivity check (base value + sum of SHAP = model output). Permutation importance (drop of ROC-AUC) on the test rows is the model-agnostic companion. Classic models also give their class or coefficient table.</source>
        <translation>Por qué el mapa dice lo que dice: los valores SHAP de un paquete de modelo en las filas de una capa de muestras (valores exactos de TreeExplainer para los bosques y el gradient boosting, un explicador por permutación muestreado para los demás modelos), con un gráfico de barras del |SHAP| medio por factor, una figura de enjambre (beeswarm), gráficos de dependencia de los factores principales y un CSV del |SHAP| medio. Los factores categóricos cuentan como un solo factor. El registro muestra el control de aditividad (valor base + suma de SHAP = salida del modelo). La importancia por permutación (caída del ROC-AUC) en las filas de prueba es el complemento independiente del modelo. Los modelos clásicos también dan su tabla de clases o de coeficientes.</translation>
    </message>
</context>
<context>
    <name>FactorScreeningAlgorithm</name>
    <message>
        <location filename="../algorithms/factorscreening.py" line="73"/>
        <source>Sample layer</source>
        <translation>Capa de muestras</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="76"/>
        <source>Samples with factor fields and a label (e.g. from lsm:buildsamples).</source>
        <translation>Muestras con campos de factores y una etiqueta (p. ej., de lsm:buildsamples).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="78"/>
        <source>Factor fields</source>
        <translation>Campos de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="86"/>
        <source>Default: every numeric field but label, row, col, prior and fid.</source>
        <translation>Por defecto: todos los campos numéricos excepto label, row, col, prior y fid.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="88"/>
        <source>Label field (1 landslide, 0 other)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 otro)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="95"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;).</source>
        <translation>Campo con 1 para los deslizamientos y 0 para las demás muestras ('label' por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="97"/>
        <source>Use only the training samples (split = &apos;train&apos;)</source>
        <translation>Usar solo las muestras de entrenamiento (split = 'train')</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="100"/>
        <source>Keeps the test samples out of the screening; ignored when the layer has no &apos;split&apos; field.</source>
        <translation>Mantiene las muestras de prueba fuera del cribado; se ignora si la capa no tiene campo 'split'.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="106"/>
        <source>Factor rasters (instead of samples)</source>
        <translation>Ráster de factores (en lugar de muestras)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="112"/>
        <source>VIF and correlation over all valid cells, streamed block by block.</source>
        <translation>VIF y correlación sobre todas las celdas válidas, procesadas bloque por bloque.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="114"/>
        <source>Mask (study area) for the rasters</source>
        <translation>Máscara (área de estudio) para los ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="120"/>
        <source>Only cells inside these polygons count in raster mode.</source>
        <translation>En modo ráster solo cuentan las celdas dentro de estos polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="122"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="125"/>
        <source>Factors holding class codes: one-hot blocks with a generalised VIF.</source>
        <translation>Factores que contienen códigos de clase: bloques one-hot con un VIF generalizado.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="127"/>
        <source>VIF threshold</source>
        <translation>Umbral de VIF</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="137"/>
        <source>Factors are removed while their VIF exceeds it (10: Zhang et al. 2022, Fan et al. 2025).</source>
        <translation>Los factores se eliminan mientras su VIF lo supere (10: Zhang et al. 2022, Fan et al. 2025).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="143"/>
        <source>|Pearson r| threshold</source>
        <translation>Umbral de |r de Pearson|</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="154"/>
        <source>Pairs above it lose the member with the higher VIF (0.6: Zhang et al. 2022).</source>
        <translation>Los pares que lo superan pierden el miembro con el VIF más alto (0,6: Zhang et al. 2022).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="156"/>
        <source>Random-forest trees (Gini importance)</source>
        <translation>Árboles del bosque aleatorio (importancia de Gini)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="163"/>
        <source>Trees of the random forest whose mean decrease in impurity ranks the factors (default 200).</source>
        <translation>Árboles del bosque aleatorio cuya disminución media de impureza ordena los factores (200 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="169"/>
        <source>Classes for the information gain</source>
        <translation>Clases para la ganancia de información</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="177"/>
        <source>Jenks natural-breaks classes of each continuous factor.</source>
        <translation>Clases por cortes naturales de Jenks de cada factor continuo.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="189"/>
        <source>Seed of the random forest.</source>
        <translation>Semilla del bosque aleatorio.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="200"/>
        <source>Factor screening table</source>
        <translation>Tabla de cribado de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="203"/>
        <source>One row per factor: VIF, TOL, GVIF, max |r| and partner, Gini, information gain, kept/removed and why.</source>
        <translation>Una fila por factor: VIF, TOL, GVIF, |r| máx. y su pareja, Gini, ganancia de información, conservado/eliminado y por qué.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="209"/>
        <source>Correlation matrix</source>
        <translation>Matriz de correlación</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="212"/>
        <source>The factor correlation matrix, one row per factor.</source>
        <translation>La matriz de correlación de los factores, una fila por factor.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="214"/>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="214"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="217"/>
        <source>Self-contained HTML with the table, the elimination order and the charts.</source>
        <translation>HTML autónomo con la tabla, el orden de eliminación y los gráficos.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="219"/>
        <source>Kept factors (comma separated)</source>
        <translation>Factores conservados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="220"/>
        <source>Removed factors (comma separated)</source>
        <translation>Factores eliminados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="49"/>
        <source>Layer &apos;{}&apos; has no label field &apos;{}&apos; (its fields: {}).</source>
        <translation>La capa '{}' no tiene el campo de etiqueta '{}' (sus campos: {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="60"/>
        <source>Using the {} training samples of &apos;{}&apos;.</source>
        <translation>Se usan las {} muestras de entrenamiento de '{}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="67"/>
        <source>Layer &apos;{}&apos; has no usable (labelled) sample.</source>
        <translation>La capa '{}' no tiene ninguna muestra utilizable (etiquetada).</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="84"/>
        <source>Gini importance left out: {}</source>
        <translation>Importancia de Gini omitida: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="115"/>
        <source>mask</source>
        <translation>máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="133"/>
        <source>No sample layer given: importance (Gini, information gain) is left out.</source>
        <translation>No se indicó capa de muestras: se omite la importancia (Gini, ganancia de información).</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="158"/>
        <source>Give a sample layer (with its factor fields) or factor rasters to screen.</source>
        <translation>Indique una capa de muestras (con sus campos de factores) o ráster de factores para cribar.</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="167"/>
        <source>Categorical factor(s) {} are not among the factor fields ({}).</source>
        <translation>El/los factor(es) categórico(s) {} no están entre los campos de factores ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="198"/>
        <source>Factor screening</source>
        <translation>Cribado de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="269"/>
        <source>Kept factors: {}</source>
        <translation>Factores conservados: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="167"/>
        <source>Factor screening (VIF, correlation, importance)</source>
        <translation>Cribado de factores (VIF, correlación, importancia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="168"/>
        <source>Screens conditioning factors for multicollinearity and ranks them before any model is trained: exact VIF and TOL of every factor (GVIF^(1/df) for categorical ones), the Pearson correlation matrix, and iterative elimination (highest VIF above the threshold first, then the more collinear member of each pair with |r| above the threshold).

With labelled samples: random-forest Gini importance and information gain. Input: a sample layer and its factor fields (training samples by default), or factor rasters (optionally within a mask).

Outputs: the factor table, the correlation matrix, the kept factors (comma separated) and an HTML report with charts.</source>
        <translation>Criba los factores condicionantes por multicolinealidad y los ordena antes de entrenar cualquier modelo: VIF y TOL exactos de cada factor (GVIF^(1/df) para los categóricos), la matriz de correlación de Pearson y una eliminación iterativa (primero el VIF más alto por encima del umbral, luego el miembro más colineal de cada par con |r| por encima del umbral).

Con muestras etiquetadas: importancia de Gini de un bosque aleatorio y ganancia de información. Entrada: una capa de muestras y sus campos de factores (muestras de entrenamiento por defecto), o ráster de factores (opcionalmente dentro de una máscara).

Salidas: la tabla de factores, la matriz de correlación, los factores conservados (separados por comas) y un informe HTML con gráficos.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="179"/>
        <source>Keep the top k factors by mRMR (0 = all)</source>
        <translation>Conservar los k mejores factores según mRMR (0 = todos)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="179"/>
        <source>With a sample layer: the k best factors of the mRMR ranking (relevance I(f; y) minus the mean redundancy with the factors already selected) are written as the selected factor list.</source>
        <translation>Con una capa de muestras: los k mejores factores de la clasificación mRMR (relevancia I(f; y) menos la redundancia media con los factores ya seleccionados) se escriben como la lista de factores seleccionados.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="223"/>
        <source>Factors selected by mRMR (comma separated, selection order)</source>
        <translation>Factores seleccionados por mRMR (separados por comas, orden de selección)</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="73"/>
        <source>&apos;{}&apos; screening</source>
        <translation>Cribado '{}'</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="97"/>
        <source>mRMR selection order: {}</source>
        <translation>Orden de selección mRMR: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="190"/>
        <source>Raster mode: address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786); the passes over the factor rasters (classes of categorical factors, the covariance) run as one task per block on its workers, which read the rasters and the rasterised mask from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the result is the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Modo ráster: dirección de un planificador Dask distributed en ejecución (p. ej. tcp://10.0.0.5:8786); los recorridos de los rásteres de factores (clases de los factores categóricos, la covarianza) se ejecutan como una tarea por bloque en sus workers, que leen los rásteres y la máscara rasterizada en las mismas rutas (legibles allí), con numpy, GDAL y este complemento importable como 'landslide_susceptibility'; el resultado es el mismo que en una ejecución aquí. Requiere el paquete 'distributed'. Vacío: ejecutar aquí.</translation>
    </message>
</context>
<context>
    <name>FcnPredictAlgorithm</name>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="40"/>
        <source>FCN bundle</source>
        <translation>Archivo de modelo FCN</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="41"/>
        <source>A .lsmodel file written by lsm:trainfcn.</source>
        <translation>Un archivo .lsmodel escrito por lsm:trainfcn.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="43"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="44"/>
        <source>The factors the FCN was trained on, named as at training (extra rasters are ignored).</source>
        <translation>Los factores con los que se entrenó la red FCN, nombrados como en el entrenamiento (los ráster adicionales se ignoran).</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="48"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto: una GPU CUDA si torch ve una; si no, la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="49"/>
        <source>FCN susceptibility</source>
        <translation>Susceptibilidad FCN</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="50"/>
        <source>Cells predicted</source>
        <translation>Celdas predichas</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="59"/>
        <source>FCN on {} x {} cells, windows of {} cells with overlap {:g}, device {}.</source>
        <translation>FCN sobre {} x {} celdas, ventanas de {} celdas con solapamiento {:g}, dispositivo {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="65"/>
        <source>{} cells predicted.</source>
        <translation>{} celdas predichas.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="67"/>
        <source>Susceptibility</source>
        <translation>Susceptibilidad</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="169"/>
        <source>Predict susceptibility with the FCN</source>
        <translation>Predecir la susceptibilidad con la red FCN</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="170"/>
        <source>Maps the landslide probability of every cell with an FCN bundle made by lsm:trainfcn (Fan et al. 2025). The factor rasters are matched to the bundle by name and must have the training cell size.

Windows of the training size and overlap cover the rasters; each window&apos;s map is weighted by a separable linear ramp over its overlap and the weights are normalised to sum to 1 on every cell, so there are no seams. The windows are streamed row by row (memory of one window row). Cells with a nodata factor get -9999.</source>
        <translation>Mapea la probabilidad de deslizamiento de cada celda con un paquete de modelo FCN creado por lsm:trainfcn (Fan et al. 2025). Los ráster de factores se asocian al paquete de modelo por su nombre y deben tener el tamaño de celda del entrenamiento.

Ventanas del tamaño y el solapamiento del entrenamiento cubren los ráster; el mapa de cada ventana se pondera con una rampa lineal separable sobre su solapamiento y los pesos se normalizan para sumar 1 en cada celda, de modo que no hay costuras. Las ventanas se procesan en flujo fila por fila (memoria de una fila de ventanas). Las celdas con un factor nodata reciben -9999.</translation>
    </message>
</context>
<context>
    <name>FrequencyRatioAlgorithm</name>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="57"/>
        <source>Conditioning factors</source>
        <translation>Factores condicionantes</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="58"/>
        <source>Single-band rasters and/or multi-band stacks on one grid.</source>
        <translation>Ráster de una banda y/o pilas multibanda en una misma cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="60"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="63"/>
        <source>Classed by value (lithology, land cover, ...).</source>
        <translation>Clasificados por valor (litología, cobertura del suelo, ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="65"/>
        <source>Landslide inventory</source>
        <translation>Inventario de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="70"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Puntos o polígonos de deslizamientos (cualquier SRC; se transforman al SRC de los ráster).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="72"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="75"/>
        <source>Only cells inside these polygons count (default: every valid cell).</source>
        <translation>Solo cuentan las celdas dentro de estos polígonos (por defecto: todas las celdas válidas).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Classes of continuous factors</source>
        <translation>Clases de los factores continuos</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Cortes naturales de Jenks (exactos)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Equal interval</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Quantile</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="83"/>
        <source>Jenks natural breaks (exact, over all cells), equal intervals or quantiles.</source>
        <translation>Cortes naturales de Jenks (exactos, sobre todas las celdas), intervalos iguales o cuantiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="85"/>
        <source>Number of classes</source>
        <translation>Número de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="93"/>
        <source>Classes per continuous factor (default 5).</source>
        <translation>Clases por factor continuo (5 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="95"/>
        <source>Frequency ratio table</source>
        <translation>Tabla de razón de frecuencia</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="98"/>
        <source>One row per factor class: range, cells, % area, landslide cells, % landslides, FR.</source>
        <translation>Una fila por clase de factor: rango, celdas, % del área, celdas de deslizamiento, % de deslizamientos, FR.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="102"/>
        <source>Folder for FR rasters</source>
        <translation>Carpeta de los ráster FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="105"/>
        <source>One &apos;&lt;factor&gt;_fr.tif&apos; per factor, each cell holding the FR of its class.</source>
        <translation>Un '&lt;factor&gt;_fr.tif' por factor; cada celda contiene el FR de su clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="108"/>
        <source>FR rasters</source>
        <translation>Ráster FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="113"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Elija al menos un ráster de factor condicionante.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="121"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>No se pudo abrir el inventario de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="180"/>
        <source>{} landslide cell(s) outside the factor rasters were dropped.</source>
        <translation>{} celda(s) de deslizamiento fuera de los ráster de factores se descartaron.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="184"/>
        <source>No landslide of &apos;{}&apos; lies on the factor rasters: check that they overlap (and the CRS).</source>
        <translation>Ningún deslizamiento de '{}' está sobre los ráster de factores: verifique que se superpongan (y el SRC).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="191"/>
        <source>Only {} landslide cell(s) of &apos;{}&apos; lie on the factor rasters: at least {} are needed.</source>
        <translation>Solo {} celda(s) de deslizamiento de '{}' están sobre los ráster de factores: se necesitan al menos {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="131"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="143"/>
        <source>Only {} landslide cell(s) fall on valid factor cells (at least {} are needed): check the inventory&apos;s overlap with the rasters and the study area.</source>
        <translation>Solo {} celda(s) de deslizamiento caen sobre celdas de factores válidas (se necesitan al menos {}): verifique la superposición del inventario con los ráster y el área de estudio.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="207"/>
        <source>The FR raster &apos;{}&apos; would overwrite an input: choose another folder.</source>
        <translation>El ráster FR '{}' sobrescribiría una entrada: elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="171"/>
        <source>Frequency ratio of factor classes</source>
        <translation>Razón de frecuencia de las clases de factores</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="172"/>
        <source>Frequency ratio (FR) of every class of every conditioning factor (Zhang et al. 2022): FR = (% of the landslide cells in the class) / (% of the area in the class); FR &gt; 1 marks classes with more landslides than their share of the area.

Continuous factors are classed by exact Jenks breaks (default), equal intervals or quantiles; categorical ones by value. Outputs: the FR table and, with an output folder, one FR raster per factor (&apos;&lt;factor&gt;_fr.tif&apos;) usable as model input.</source>
        <translation>Razón de frecuencia (FR) de cada clase de cada factor condicionante (Zhang et al. 2022): FR = (% de las celdas de deslizamiento en la clase) / (% del área en la clase); FR &gt; 1 señala las clases con más deslizamientos que su proporción del área.

Los factores continuos se clasifican por cortes de Jenks exactos (por defecto), intervalos iguales o cuantiles; los categóricos por valor. Salidas: la tabla FR y, con una carpeta de salida, un ráster FR por factor ('&lt;factor&gt;_fr.tif') utilizable como entrada de modelos.</translation>
    </message>
</context>
<context>
    <name>JenksClassifyAlgorithm</name>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="81"/>
        <source>Susceptibility raster</source>
        <translation>Ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="82"/>
        <source>The susceptibility index (e.g. the output of lsm:predictraster).</source>
        <translation>El índice de susceptibilidad (p. ej., la salida de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="84"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="87"/>
        <source>Number of classes</source>
        <translation>Número de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="95"/>
        <source>5 in the literature (Very low ... Very high). Ignored for user-given breaks.</source>
        <translation>5 en la literatura (Muy baja ... Muy alta). Se ignora con cortes dados por el usuario.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Cortes naturales de Jenks (exactos)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Equal interval</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Quantile</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>User-given breaks</source>
        <translation>Cortes dados por el usuario</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="115"/>
        <source>User-given breaks (comma separated)</source>
        <translation>Cortes dados por el usuario (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="118"/>
        <source>Inner break values, e.g. 0.2,0.4,0.6,0.8, for the user-given method.</source>
        <translation>Valores de corte interiores, p. ej., 0.2,0.4,0.6,0.8, para el método de cortes dados por el usuario.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="120"/>
        <source>Class labels (comma separated)</source>
        <translation>Etiquetas de las clases (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="123"/>
        <source>Default: Very low, Low, Moderate, High, Very high for 5 classes, else Class 1..k.</source>
        <translation>Por defecto: Muy baja, Baja, Moderada, Alta, Muy alta para 5 clases; si no, Clase 1..k.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="141"/>
        <source>Classed susceptibility</source>
        <translation>Susceptibilidad clasificada</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="144"/>
        <source>Class table</source>
        <translation>Tabla de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="152"/>
        <source>Class table (CSV)</source>
        <translation>Tabla de clases (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="189"/>
        <source>Class edges (comma separated)</source>
        <translation>Límites de las clases (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="190"/>
        <source>Goodness of variance fit</source>
        <translation>Bondad de ajuste de la varianza</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="255"/>
        <source>Give the break values (comma separated) for user-given breaks.</source>
        <translation>Indique los valores de corte (separados por comas) para los cortes dados por el usuario.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="262"/>
        <source>User-given breaks must be numbers separated by commas, got &apos;{}&apos;.</source>
        <translation>Los cortes dados por el usuario deben ser números separados por comas; se recibió '{}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="269"/>
        <source>The susceptibility raster could not be opened.</source>
        <translation>No se pudo abrir el ráster de susceptibilidad.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="272"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La banda {} no existe en '{}' ({} banda(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="289"/>
        <source>{} labels were given for {} classes: give one label per class.</source>
        <translation>Se dieron {} etiquetas para {} clases: indique una etiqueta por clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="237"/>
        <source>Breaks ({}): {}</source>
        <translation>Cortes ({}): {}</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="242"/>
        <source>Goodness of variance fit: {:.6f} over {} valid pixels ({})</source>
        <translation>Bondad de ajuste de la varianza: {:.6f} sobre {} píxeles válidos ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="108"/>
        <source>The landslide layer has no geometry.</source>
        <translation>La capa de deslizamientos no tiene geometría.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="115"/>
        <source>No landslide polygon covers a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Ningún polígono de deslizamiento cubre una celda válida de '{}': verifique que las capas se superpongan.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="123"/>
        <source>The landslide layer has no points.</source>
        <translation>La capa de deslizamientos no tiene puntos.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="128"/>
        <source>{} landslide point(s) outside the raster and {} on nodata were dropped.</source>
        <translation>{} punto(s) de deslizamiento fuera del ráster y {} sobre nodata se descartaron.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="135"/>
        <source>No landslide point falls on a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Ningún punto de deslizamiento cae sobre una celda válida de '{}': verifique que las capas se superpongan.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="173"/>
        <source>Classify susceptibility (Jenks natural breaks)</source>
        <translation>Clasificar la susceptibilidad (cortes naturales de Jenks)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="161"/>
        <source>Run name (for the run record)</source>
        <translation>Nombre de la ejecución (para la ficha de ejecución)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="164"/>
        <source>With a run name, a model type or a run store, the class areas are written as a run record that the metrics dock shows in its class-area chart.</source>
        <translation>Con un nombre de ejecución, un tipo de modelo o un registro de ejecuciones, las áreas de las clases se escriben en una ficha de ejecución que el panel de métricas muestra en su gráfico de áreas de clases.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="172"/>
        <source>Model type of the map (for the run record)</source>
        <translation>Tipo de modelo del mapa (para la ficha de ejecución)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="175"/>
        <source>e.g. brf, easyensemble, smote_dnn, rf, dnn, lsnet: the dock groups class areas by it.</source>
        <translation>p. ej., brf, easyensemble, smote_dnn, rf, dnn, lsnet: el panel agrupa las áreas de las clases según este tipo.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="180"/>
        <source>Folder of run records read by the metrics dock. Default (when a run name or model type is given): &apos;lsm_runs&apos; beside the saved project, else beside the output.</source>
        <translation>Carpeta de las fichas de ejecución que lee el panel de métricas. Por defecto (si se indica un nombre de ejecución o un tipo de modelo): 'lsm_runs' junto al proyecto guardado; si no, junto a la salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="191"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="85"/>
        <source>Band of the susceptibility raster to class (default 1).</source>
        <translation>Banda del ráster de susceptibilidad a clasificar (1 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="108"/>
        <source>Jenks: exact natural breaks over all valid pixels; equal interval; quantile (exact); or the breaks given below.</source>
        <translation>Jenks: cortes naturales exactos sobre todos los píxeles válidos; intervalos iguales; cuantiles (exactos); o los cortes indicados abajo.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="127"/>
        <source>Landslide inventory</source>
        <translation>Inventario de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="133"/>
        <source>Points or polygons (cells whose centre they cover); adds % of landslides and the frequency ratio per class. A sample layer (lsm:buildsamples) counts its label 1 rows only.</source>
        <translation>Puntos o polígonos (celdas cuyo centro cubren); agrega el % de deslizamientos y la razón de frecuencia por clase. Una capa de muestras (lsm:buildsamples) cuenta solo sus filas con etiqueta 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="194"/>
        <source>Label field</source>
        <translation>Campo de etiqueta</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="197"/>
        <source>When the landslide layer has this field (default &apos;label&apos;), only its rows with 1 are counted; a layer without it counts every feature.</source>
        <translation>Cuando la capa de deslizamientos tiene este campo ('label' por defecto), solo se cuentan sus filas con 1; una capa sin él cuenta todas sus entidades.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="205"/>
        <source>Split field</source>
        <translation>Campo de partición</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="208"/>
        <source>When the landslide layer has this field (default &apos;split&apos;, &apos;train&apos; / &apos;test&apos;), the landslides of the split chosen below are counted.</source>
        <translation>Cuando la capa de deslizamientos tiene este campo ('split' por defecto, 'train' / 'test'), se cuentan los deslizamientos de la partición elegida abajo.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>Landslides counted (layer with a split field)</source>
        <translation>Deslizamientos contados (capa con campo de partición)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>Test split</source>
        <translation>Partición de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>Training split</source>
        <translation>Partición de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="222"/>
        <source>Test (default): the landslides the model did not see, an honest table. Training landslides make the table look better than the map is. Ignored when the layer has no split field.</source>
        <translation>Prueba (por defecto): los deslizamientos que el modelo no vio, una tabla honesta. Los deslizamientos de entrenamiento hacen que la tabla parezca mejor de lo que es el mapa. Se ignora cuando la capa no tiene campo de partición.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="342"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="31"/>
        <source>test landslides</source>
        <translation>deslizamientos de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="32"/>
        <source>TRAINING landslides (optimistic)</source>
        <translation>deslizamientos de ENTRENAMIENTO (optimista)</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="33"/>
        <source>all landslides given</source>
        <translation>todos los deslizamientos dados</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="35"/>
        <source>Landslides counted: {} ({} {})</source>
        <translation>Deslizamientos contados: {} ({} {})</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="65"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="65"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="89"/>
        <source>The landslide layer &apos;{}&apos; has no &apos;{}&apos; landslide in its field &apos;{}&apos;: choose another split (Landslides counted) or another layer.</source>
        <translation>La capa de deslizamientos '{}' no tiene ningún deslizamiento '{}' en su campo '{}': elija otra partición (Deslizamientos contados) u otra capa.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="174"/>
        <source>Classes a susceptibility raster into k classes (default 5: Very low to Very high), as in Fu et al. 2024. Jenks natural breaks are exact over ALL valid pixels (not a sample), with the goodness of variance fit; equal interval, quantile and user-given breaks are the other methods.

Outputs: the classed raster (Byte, 1..k, styled), a class table (area per class; with a landslide layer also % of landslides and the frequency ratio) as a layer and CSV, the breaks and the GVF. An optional run record feeds the metrics dock&apos;s class-area chart. A sample layer counts its test landslides by default; a top class over a third of the area, fewer than 50 distinct values or fewer than 30 landslides get a warning.</source>
        <translation>Clasifica un ráster de susceptibilidad en k clases (5 por defecto: de Muy baja a Muy alta), como en Fu et al. 2024. Los cortes naturales de Jenks son exactos sobre TODOS los píxeles válidos (no una muestra), con la bondad de ajuste de la varianza (GVF); los intervalos iguales, los cuantiles y los cortes dados por el usuario son los otros métodos.

Salidas: el ráster clasificado (Byte, 1..k, con estilo), una tabla de clases (área por clase; con una capa de deslizamientos, también el % de deslizamientos y la razón de frecuencia) como capa y CSV, los cortes y el GVF. Una ficha de ejecución opcional alimenta el gráfico de áreas de las clases del panel de métricas. Una capa de muestras cuenta por defecto sus deslizamientos de prueba; una clase superior de más de un tercio del área, menos de 50 valores distintos o menos de 30 deslizamientos dan una advertencia.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="54"/>
        <source>The landslide layer &apos;{}&apos; must be a point or polygon layer (landslide points, inventory polygons or a sample layer); it holds other geometries.</source>
        <translation>La capa de deslizamientos '{}' debe ser una capa de puntos o de polígonos (puntos de deslizamiento, polígonos de inventario o una capa de muestras); contiene otras geometrías.</translation>
    </message>
</context>
<context>
    <name>LsmAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="218"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="314"/>
        <source>Layer &apos;{}&apos; is not a valid raster layer.</source>
        <translation>La capa '{}' no es una capa ráster válida.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="321"/>
        <source>Raster &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>El ráster '{}' no es un archivo en el disco ({}); guárdelo primero como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="338"/>
        <source>Several factor bands are named {}: rename the layers (or band descriptions) so each factor has its own name.</source>
        <translation>Varias bandas de factores se llaman {}: cambie el nombre de las capas (o de las descripciones de banda) para que cada factor tenga su propio nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="346"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}).</source>
        <translation>El/los factor(es) categórico(s) {} no están entre los ráster de factores ({}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="5"/>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="6"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="7"/>
        <source>Negatives</source>
        <translation>Negativos</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="8"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="9"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="10"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../algorithms/_base_help.py" line="61"/>
        <source>Cannot write the table &apos;{}&apos;: {}</source>
        <translation>No se puede escribir la tabla '{}': {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="293"/>
        <source>Cannot write the run record into &apos;{}&apos;: {}. Choose another run store folder.</source>
        <translation>No se puede escribir la ficha de ejecución en '{}': {}. Elija otra carpeta de registro de ejecuciones.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="300"/>
        <source>Run record: {}</source>
        <translation>Ficha de ejecución: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="33"/>
        <source>The {} &apos;{}&apos; must be a point or polygon layer.</source>
        <translation>La capa de {} '{}' debe ser una capa de puntos o de polígonos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="35"/>
        <source>{} feature(s) of the {} have no geometry and were skipped.</source>
        <translation>{} entidad(es) de la capa de {} no tienen geometría y se omitieron.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="36"/>
        <source>The {} &apos;{}&apos; must be a polygon layer.</source>
        <translation>La capa de {} '{}' debe ser una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="37"/>
        <source>The {} &apos;{}&apos; cannot be transformed to the rasters&apos; CRS ({}): {}</source>
        <translation>La capa de {} '{}' no se puede transformar al SRC de los ráster ({}): {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="41"/>
        <source>Output &apos;{}&apos; cannot be written to &apos;{}&apos;: the folder &apos;{}&apos; cannot be created or is not writable ({}). Choose another output path.</source>
        <translation>La salida '{}' no se puede escribir en '{}': la carpeta '{}' no se puede crear o no tiene permiso de escritura ({}). Elija otra ruta de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="158"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos;: it is not a sample layer. Choose the output of lsm:buildsamples or lsm:spysampling as &apos;{}&apos;, or name its 0/1 field in &apos;{}&apos;.</source>
        <translation>La capa '{}' no tiene el campo '{}': no es una capa de muestras. Elija la salida de lsm:buildsamples o de lsm:spysampling como '{}', o indique su campo 0/1 en '{}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="173"/>
        <source>Give {}: one of them is needed.</source>
        <translation>Indique {}: se necesita uno de ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="177"/>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="177"/>
        <source>Give either {}, not both.</source>
        <translation>Indique {}, no ambos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="42"/>
        <source>Could not list the run store &apos;{}&apos; in &apos;{}&apos;: {}</source>
        <translation>No se pudo listar el registro de ejecuciones '{}' en '{}': {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="34"/>
        <source>The {} &apos;{}&apos; has no field &apos;{}&apos; (its fields: {}): choose its ID field.</source>
        <translation>La capa {} '{}' no tiene el campo '{}' (sus campos: {}): elija su campo de identificador.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="38"/>
        <source>{} feature(s) of the {} &apos;{}&apos; have a {} value in the ID field &apos;{}&apos;: give every feature an integer id, or leave the ID field empty (feature ids).</source>
        <translation>{} entidad(es) de la capa {} '{}' tienen un valor {} en el campo de identificador '{}': dé a cada entidad un identificador entero, o deje vacío el campo de identificador (identificadores de las entidades).</translation>
    </message>
</context>
<context>
    <name>LsmModels</name>
    <message>
        <location filename="../build/i18n_strings.py" line="68"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="69"/>
        <source>Point layer of samples: an lsm:buildsamples / lsm:spysampling output (fields label, split and one field per factor) or any point layer with a 0/1 field.</source>
        <translation>Capa de puntos de muestras: una salida de lsm:buildsamples / lsm:spysampling (campos label, split y un campo por factor) o cualquier capa de puntos con un campo 0/1.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="70"/>
        <source>Label field (1 landslide, 0 non-landslide)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 no deslizamiento)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="71"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;); true/false and yes/no are accepted, NULL rows are skipped.</source>
        <translation>Campo con 1 para los deslizamientos y 0 para las demás muestras ('label' por defecto); se aceptan true/false y yes/no, las filas NULL se omiten.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="72"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Campo de partición ('train' / 'test')</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="73"/>
        <source>Field saying which samples are for training and which for testing (lsm:buildsamples writes &apos;split&apos;). Without it the samples are split at random, each class apart.</source>
        <translation>Campo que indica qué muestras son para entrenamiento y cuáles para prueba (lsm:buildsamples escribe 'split'). Sin él, las muestras se reparten al azar, cada clase por separado.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="74"/>
        <source>Factor fields</source>
        <translation>Campos de factores</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="75"/>
        <source>The conditioning factors, in the order the model will expect them.</source>
        <translation>Los factores condicionantes, en el orden que esperará el modelo.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="76"/>
        <source>Categorical factor fields (one-hot encoded)</source>
        <translation>Campos de factores categóricos (codificados en one-hot)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="77"/>
        <source>Factors holding class codes (lithology, land cover); they must be among the factor fields.</source>
        <translation>Factores que contienen códigos de clase (litología, cobertura del suelo); deben estar entre los campos de factores.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="78"/>
        <source>The samples layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="79"/>
        <source>Layer &apos;{}&apos; has no field(s) {} (its fields: {}).</source>
        <translation>La capa '{}' no tiene el/los campo(s) {} (sus campos: {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="80"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Elija los campos de factores de la capa '{}'.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="81"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor: remove it from the factor fields.</source>
        <translation>El campo de etiqueta '{}' también está elegido como factor: quítelo de los campos de factores.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="82"/>
        <source>Categorical field(s) {} are not among the factor fields; add them there too.</source>
        <translation>El/los campo(s) categórico(s) {} no están entre los campos de factores; agréguelos también allí.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="83"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}).</source>
        <translation>La capa '{}' no tiene el campo de partición '{}' (sus campos: {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="84"/>
        <source>{} sample(s) of &apos;{}&apos; were left out: a missing factor value.</source>
        <translation>{} muestra(s) de '{}' se omitieron: falta un valor de factor.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="85"/>
        <source>Cannot write the layer &apos;{}&apos;: {}</source>
        <translation>No se puede escribir la capa '{}': {}</translation>
    </message>
</context>
<context>
    <name>LsmParameters</name>
    <message>
        <location filename="../build/i18n_strings.py" line="45"/>
        <source>Automatic (a CUDA GPU when torch sees one, else the CPU)</source>
        <translation>Automático (una GPU CUDA si torch ve una; si no, la CPU)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="46"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="47"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="48"/>
        <source>Seed of every random draw: the same inputs and seed give the same results.</source>
        <translation>Semilla de cada extracción aleatoria: las mismas entradas y la misma semilla dan los mismos resultados.</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="109"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="121"/>
        <source>Parallel jobs (-1 = all cores)</source>
        <translation>Trabajos paralelos (-1 = todos los núcleos)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="133"/>
        <source>Device (torch models)</source>
        <translation>Dispositivo (modelos torch)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="144"/>
        <source>Run store folder</source>
        <translation>Carpeta del registro de ejecuciones</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="49"/>
        <source>Threads that work at once: -1 uses all cores, 1 runs on one thread; any number gives the same result for the same seed.</source>
        <translation>Hilos que trabajan a la vez: -1 usa todos los núcleos, 1 se ejecuta en un solo hilo; cualquier número da el mismo resultado con la misma semilla.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="50"/>
        <source>Where the torch neural networks run: automatic picks a CUDA GPU when torch sees one, else the CPU. Other models ignore it.</source>
        <translation>Dónde se ejecutan las redes neuronales de torch: automático elige una GPU CUDA cuando torch ve una; si no, la CPU. Los demás modelos lo ignoran.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="43"/>
        <source>Dask scheduler address</source>
        <translation>Dirección del planificador Dask</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="51"/>
        <source>Folder of the run records (JSON) the metrics dock reads. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the output file, else &apos;lsm_runs&apos; in the QGIS profile folder (never QGIS&apos;s temporary folder).</source>
        <translation>Carpeta de las fichas de ejecución (JSON) que lee el panel de métricas. Vacío: 'lsm_runs' junto al proyecto guardado; si no, junto al archivo de salida; si no, 'lsm_runs' en la carpeta del perfil de QGIS (nunca la carpeta temporal de QGIS).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="53"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the blocks run as tasks on its workers, which read the rasters from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the result is the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Dirección de un planificador Dask distributed en ejecución (p. ej., tcp://10.0.0.5:8786): los bloques se ejecutan como tareas en sus workers, que leen los ráster en las mismas rutas (legibles allí), con numpy, GDAL y este complemento importables como 'landslide_susceptibility'; el resultado es el mismo que una ejecución aquí. Requiere el paquete 'distributed'. Vacío: ejecutar aquí.</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="164"/>
        <source>Trust this model file (old format: it can run code)</source>
        <translation>Confiar en este archivo de modelo (formato antiguo: puede ejecutar código)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="52"/>
        <source>Model bundles of this version hold no code (scikit-learn models in skops format, network weights as arrays) and are checked against their manifest. Bundles of older versions are Python pickles, which can run any code when opened: they are refused unless this is checked. Check it only for a file you made yourself or fully trust; the log then warns. Retraining gives a safe bundle.</source>
        <translation>Los paquetes de modelo de esta versión no contienen código (modelos de scikit-learn en formato skops, pesos de redes como arreglos) y se verifican con su manifiesto. Los paquetes de versiones anteriores son pickles de Python, que pueden ejecutar cualquier código al abrirse: se rechazan a menos que se marque esta casilla. Márquela solo para un archivo que usted mismo creó o en el que confía plenamente; el registro muestra entonces una advertencia. Volver a entrenar da un paquete seguro.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="160"/>
        <source>Seed of the folds, the negatives and the models: same seed, same tables.</source>
        <translation>Semilla de los pliegues, los negativos y los modelos: misma semilla, mismas tablas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="44"/>
        <source>Blocks per Dask worker: {}</source>
        <translation>Bloques por worker de Dask: {}</translation>
    </message>
</context>
<context>
    <name>LsmPatchMaps</name>
    <message>
        <location filename="../build/i18n_strings.py" line="54"/>
        <source>The {} map is written as GeoTIFF: give the output a .tif extension (got &apos;{}&apos;).</source>
        <translation>El mapa {} se escribe como GeoTIFF: dé a la salida una extensión .tif (se recibió '{}').</translation>
    </message>
</context>
<context>
    <name>LsmPool</name>
    <message>
        <location filename="../build/i18n_strings.py" line="55"/>
        <source>Deformation raster (unlabeled pool)</source>
        <translation>Ráster de deformación (conjunto no etiquetado)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="56"/>
        <source>E.g. an InSAR line-of-sight velocity in mm/yr on the factors&apos; grid: unlabeled and negative cells come only from cells whose |value| is below the threshold (Tang et al. 2026). Landslides are kept wherever they are.</source>
        <translation>P. ej., una velocidad InSAR en la línea de vista en mm/año en la cuadrícula de los factores: las celdas no etiquetadas y negativas provienen solo de celdas cuyo |valor| está por debajo del umbral (Tang et al. 2026). Los deslizamientos se conservan dondequiera que estén.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="57"/>
        <source>In the deformation raster&apos;s units (default 10, e.g. mm/yr); must be above 0.</source>
        <translation>En las unidades del ráster de deformación (10 por defecto, p. ej., mm/año); debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="58"/>
        <source>Deformation nodata cells are eligible</source>
        <translation>Las celdas nodata de la deformación son elegibles</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="59"/>
        <source>Off (default): cells without a deformation value give no unlabeled or negative cell.</source>
        <translation>Desactivado (por defecto): las celdas sin valor de deformación no dan ninguna celda no etiquetada o negativa.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="60"/>
        <source>Unlabeled pool mask</source>
        <translation>Máscara del conjunto no etiquetado</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="61"/>
        <source>Polygons the unlabeled and negative cells must lie in (cell centre); unlike the study area it does not restrict the landslides.</source>
        <translation>Polígonos dentro de los cuales deben estar las celdas no etiquetadas y negativas (centro de celda); a diferencia del área de estudio, no restringe los deslizamientos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="62"/>
        <source>Deformation threshold (|value| below it)</source>
        <translation>Umbral de deformación (|valor| por debajo)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="63"/>
        <source>unlabeled pool mask</source>
        <translation>máscara del conjunto no etiquetado</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="64"/>
        <source>The deformation raster &apos;{}&apos; has {} bands: give a single-band raster.</source>
        <translation>El ráster de deformación '{}' tiene {} bandas: indique un ráster de una banda.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="65"/>
        <source>Unlabeled pool: cells with |deformation| below {:g}{}.</source>
        <translation>Conjunto no etiquetado: celdas con |deformación| por debajo de {:g}{}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="66"/>
        <source> or without a deformation value</source>
        <translation> o sin valor de deformación</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="67"/>
        <source>Unlabeled pool: inside the polygons of &apos;{}&apos;.</source>
        <translation>Conjunto no etiquetado: dentro de los polígonos de '{}'.</translation>
    </message>
</context>
<context>
    <name>LsmProvider</name>
    <message>
        <location filename="../plugin/provider.py" line="51"/>
        <source>Could not read the model {}</source>
        <translation>No se pudo leer el modelo {}</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="65"/>
        <source>Landslide susceptibility</source>
        <translation>Susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="68"/>
        <source>Landslide susceptibility {}</source>
        <translation>Susceptibilidad a deslizamientos {}</translation>
    </message>
</context>
<context>
    <name>LsmStyling</name>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Landslide (train)</source>
        <translation>Deslizamiento (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Landslide (test)</source>
        <translation>Deslizamiento (prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Unlabeled (train)</source>
        <translation>No etiquetada (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Unlabeled (test)</source>
        <translation>No etiquetada (prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Reliable negative (train)</source>
        <translation>Negativo confiable (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Reliable negative (test)</source>
        <translation>Negativo confiable (prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Random test cell</source>
        <translation>Celda de prueba aleatoria</translation>
    </message>
</context>
<context>
    <name>LsmUnits</name>
    <message>
        <location filename="../build/i18n_strings.py" line="92"/>
        <source>The units &apos;{}&apos; are in {} but the {} are in {}: reproject the units (Vector &gt; Data Management Tools &gt; Reproject Layer) and run again.</source>
        <translation>Las unidades '{}' están en {} pero los {} están en {}: reproyecte las unidades (Vectorial &gt; Herramientas de gestión de datos &gt; Reproyectar capa) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="93"/>
        <source>The unit layer &apos;{}&apos; has no feature.</source>
        <translation>La capa de unidades '{}' no tiene ninguna entidad.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="94"/>
        <source>The landslide inventory &apos;{}&apos; has no feature with a geometry.</source>
        <translation>El inventario de deslizamientos '{}' no tiene ninguna entidad con geometría.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="95"/>
        <source>The unit layer &apos;{}&apos; has no field(s) {} (its fields: {}).</source>
        <translation>La capa de unidades '{}' no tiene el/los campo(s) {} (sus campos: {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="96"/>
        <source>Cannot write the unit layer: {}</source>
        <translation>No se puede escribir la capa de unidades: {}</translation>
    </message>
</context>
<context>
    <name>LsnetPredictAlgorithm</name>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="49"/>
        <source>LSNet bundle</source>
        <translation>Paquete LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="50"/>
        <source>A .lsmodel file written by lsm:trainlsnet.</source>
        <translation>Un archivo .lsmodel escrito por lsm:trainlsnet.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="52"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="53"/>
        <source>The factors the network was trained on, named as at training (extra rasters are ignored).</source>
        <translation>Los factores con los que se entrenó la red, nombrados como en el entrenamiento (los ráster adicionales se ignoran).</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="59"/>
        <source>Tile size: the inference batch (cells per side)</source>
        <translation>Tamaño de tesela: el lote de inferencia (celdas por lado)</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="76"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto: una GPU CUDA si torch ve una; si no, la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="77"/>
        <source>LSNet susceptibility</source>
        <translation>Susceptibilidad LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="80"/>
        <source>Cells predicted</source>
        <translation>Celdas predichas</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="103"/>
        <source>{} cells predicted.</source>
        <translation>{} celdas predichas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="175"/>
        <source>Predict susceptibility with LSNet</source>
        <translation>Predecir la susceptibilidad con LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="116"/>
        <source>Susceptibility</source>
        <translation>Susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="67"/>
        <source>Square tiles of this many cells per side are read (with a halo of half a patch) and mapped at once. An unpadded network runs densely over the whole tile (256 x 256 = 65 536 cells per call): larger tiles waste less on the halo but need more memory; 256 suits a CPU, 512 or 1024 a GPU. A zero-padded network runs the patches of the tile&apos;s cells in batches of 64.</source>
        <translation>Se leen (con un halo de medio parche) y mapean de una vez teselas cuadradas de este número de celdas por lado. Una red sin relleno se ejecuta de forma densa sobre toda la tesela (256 x 256 = 65 536 celdas por llamada): las teselas más grandes desperdician menos en el halo pero necesitan más memoria; 256 es adecuado para una CPU, 512 o 1024 para una GPU. Una red con relleno de ceros procesa los parches de las celdas de la tesela en lotes de 64.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="90"/>
        <source>LSNet with patch {} cells on {} x {} cells, tiles of {} cells, device {}, {}.</source>
        <translation>LSNet con parche de {} celdas sobre {} x {} celdas, teselas de {} celdas, dispositivo {}, {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="90"/>
        <source>dense</source>
        <translation>modo denso</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="90"/>
        <source>patch by patch</source>
        <translation>parche por parche</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="105"/>
        <source>Categorical factor &apos;{}&apos; holds class(es) {} not seen at training (classes {}): those cells got all-zero one-hot channels, so their probabilities rest on the other factors.</source>
        <translation>El factor categórico '{}' contiene la(s) clase(s) {} no vista(s) en el entrenamiento (clases {}): esas celdas recibieron canales one-hot todos a cero, por lo que sus probabilidades dependen de los demás factores.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="176"/>
        <source>Maps the landslide probability of every cell with an LSNet bundle made by lsm:trainlsnet (Zhang et al. 2022). The factor rasters are matched to the bundle by name and must have the training cell size.

The map is computed over square tiles read with a halo of half a patch, seamless either way. An unpadded network (&apos;Unpadded&apos; at training) runs densely, as its fully convolutional twin (equal to the patch network within 1e-6, much faster); a zero-padded one (the paper&apos;s, the default) runs the patch network on every cell&apos;s patch (exact, slower). Cells with a nodata factor get -9999; a class of a categorical factor unseen at training gets all-zero channels and a warning.

Output: a Float32 GeoTIFF on the factors&apos; grid, styled 0 to 1. The help link gives the details.</source>
        <translation>Mapea la probabilidad de deslizamiento de cada celda con un paquete de modelo LSNet creado por lsm:trainlsnet (Zhang et al. 2022). Los ráster de factores se asocian al paquete de modelo por su nombre y deben tener el tamaño de celda del entrenamiento.

El mapa se calcula sobre teselas cuadradas leídas con un halo de medio parche, sin costuras en ambos casos. Una red sin relleno ('Sin relleno' en el entrenamiento) se ejecuta de forma densa, como su gemela totalmente convolucional (igual a la red por parches con un margen de 1e-6, mucho más rápida); una con relleno de ceros (la del artículo, por defecto) ejecuta la red por parches sobre el parche de cada celda (exacto, más lento). Las celdas con un factor nodata reciben -9999; una clase de un factor categórico no vista en el entrenamiento recibe canales todos a cero y una advertencia.

Salida: un GeoTIFF Float32 en la cuadrícula de los factores, con estilo de 0 a 1. El enlace de ayuda da los detalles.</translation>
    </message>
</context>
<context>
    <name>PredictRasterAlgorithm</name>
    <message>
        <location filename="../algorithms/predictraster.py" line="78"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="79"/>
        <source>A .lsmodel file written by lsm:trainmodel or lsm:spysampling (trusted files only).</source>
        <translation>Un archivo .lsmodel escrito por lsm:trainmodel o lsm:spysampling (solo archivos de confianza).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="83"/>
        <source>More bundles (repeated samplings)</source>
        <translation>Paquetes adicionales (muestreos repetidos)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="89"/>
        <source>Further bundles trained on the same factors (e.g. repeated samplings): the map is the mean probability of all bundles and the uncertainty their standard deviation.</source>
        <translation>Otros paquetes entrenados con los mismos factores (p. ej., muestreos repetidos): el mapa es la probabilidad media de todos los paquetes y la incertidumbre su desviación estándar.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="96"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="97"/>
        <source>The factors the model was trained on, named as at training, on one grid.</source>
        <translation>Los factores con los que se entrenó el modelo, nombrados como en el entrenamiento, en una misma cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="99"/>
        <source>Mask (study area polygons)</source>
        <translation>Máscara (polígonos del área de estudio)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="102"/>
        <source>Only cells whose centre is inside these polygons are predicted (any CRS).</source>
        <translation>Solo se predicen las celdas cuyo centro está dentro de estos polígonos (cualquier SRC).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="104"/>
        <source>Cells per block</source>
        <translation>Celdas por bloque</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="111"/>
        <source>Cells read and predicted at once (rounded to the rasters&apos; blocks). Larger blocks amortise the model&apos;s per-call cost; memory grows with them.</source>
        <translation>Celdas leídas y predichas a la vez (redondeado a los bloques de los ráster). Los bloques más grandes amortizan el costo por llamada del modelo; la memoria crece con ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="118"/>
        <source>Memory budget for blocks (MB, 0 = use cells per block)</source>
        <translation>Presupuesto de memoria para bloques (MB, 0 = usar celdas por bloque)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="125"/>
        <source>When set, the block size is chosen to keep the prediction&apos;s working memory near it.</source>
        <translation>Si se define, el tamaño de bloque se elige para mantener la memoria de trabajo de la predicción cerca de este valor.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="131"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU. Ignored by scikit-learn models.</source>
        <translation>auto: una GPU CUDA si torch ve una; si no, la CPU. Los modelos de scikit-learn lo ignoran.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="139"/>
        <source>Dask scheduler address</source>
        <translation>Dirección del planificador Dask</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="140"/>
        <source>e.g. tcp://10.0.0.5:8786: run the blocks on that Dask cluster. Empty: run here.</source>
        <translation>p. ej., tcp://10.0.0.5:8786: ejecutar los bloques en ese clúster Dask. Vacío: ejecutar aquí.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="332"/>
        <source>Susceptibility</source>
        <translation>Susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="144"/>
        <source>Uncertainty (standard deviation)</source>
        <translation>Incertidumbre (desviación estándar)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="152"/>
        <source>Cells predicted</source>
        <translation>Celdas predichas</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="153"/>
        <source>Mean probability</source>
        <translation>Probabilidad media</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="154"/>
        <source>Factors used (comma separated)</source>
        <translation>Factores usados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="39"/>
        <source>The mask layer &apos;{}&apos; has no polygon.</source>
        <translation>La capa de máscara '{}' no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="40"/>
        <source>The mask layer &apos;{}&apos; does not overlap the factor rasters: check its CRS and extent.</source>
        <translation>La capa de máscara '{}' no se superpone a los ráster de factores: verifique su SRC y su extensión.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="278"/>
        <source>The maps are written as GeoTIFF: give &apos;{}&apos; a .tif extension.</source>
        <translation>Los mapas se escriben como GeoTIFF: dé a '{}' una extensión .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="290"/>
        <source>{} bundle(s) ({}) on {} x {} cells, factors {}, blocks of about {} cells.</source>
        <translation>{} paquete(s) ({}) sobre {} x {} celdas, factores {}, bloques de unas {} celdas.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="313"/>
        <source>{} cells predicted in {} blocks; probability min {:.4f}, mean {:.4f}, max {:.4f}.</source>
        <translation>{} celdas predichas en {} bloques; probabilidad mín. {:.4f}, media {:.4f}, máx. {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="319"/>
        <source>Device: {}</source>
        <translation>Dispositivo: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="321"/>
        <source>Uncertainty: standard deviation across {} members, max {:.4f}.</source>
        <translation>Incertidumbre: desviación estándar entre {} miembros, máx. {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="177"/>
        <source>Predict susceptibility map</source>
        <translation>Predecir el mapa de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="130"/>
        <source>Threads that predict each block (-1: all cores).</source>
        <translation>Hilos que predicen cada bloque (-1: todos los núcleos).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="157"/>
        <source>Map values</source>
        <translation>Valores del mapa</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="157"/>
        <source>Raw model score (default)</source>
        <translation>Puntaje bruto del modelo (por defecto)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="157"/>
        <source>Prevalence-corrected score (prior shift)</source>
        <translation>Puntaje corregido por prevalencia (cambio del a priori)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="163"/>
        <source>Raw: the model&apos;s score, fitted at the training ratio of negatives per landslide; it ranks cells but is no probability. Corrected: the score shifted from the training share of landslides pi to the area&apos;s prevalence p (s&apos; = s a / (s a + (1 - s) b), a = p / pi, b = (1 - p) / (1 - pi)): relative probabilities, same order of cells.</source>
        <translation>Bruto: el puntaje del modelo, ajustado a la razón de entrenamiento de negativos por deslizamiento; ordena las celdas pero no es una probabilidad. Corregido: el puntaje desplazado de la proporción de deslizamientos en el entrenamiento pi a la prevalencia del área p (s' = s a / (s a + (1 - s) b), a = p / pi, b = (1 - p) / (1 - pi)): probabilidades relativas, mismo orden de las celdas.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="172"/>
        <source>Area prevalence (landslide share of cells, 0 = from the inventory)</source>
        <translation>Prevalencia del área (proporción de celdas con deslizamiento, 0 = según el inventario)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="183"/>
        <source>e.g. 0.015 when 1.5 % of the cells are landslide; 0: computed from the inventory.</source>
        <translation>p. ej., 0,015 cuando el 1,5 % de las celdas son deslizamiento; 0: se calcula según el inventario.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="187"/>
        <source>Landslide inventory (for the prevalence)</source>
        <translation>Inventario de deslizamientos (para la prevalencia)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="193"/>
        <source>Points or polygons (cells whose centre they cover): the prevalence is their cells over the cells predicted. Used when the prevalence is 0.</source>
        <translation>Puntos o polígonos (celdas cuyo centro cubren): la prevalencia es sus celdas sobre las celdas predichas. Se usa cuando la prevalencia es 0.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="200"/>
        <source>Training ratio (negatives per landslide, 0 = from the bundle)</source>
        <translation>Razón de entrenamiento (negativos por deslizamiento, 0 = según el paquete)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="210"/>
        <source>0: the bundle&apos;s own (balanced models, BRF, EasyEnsemble, SMOTE/ADASYN-DNN and the PU priors, score as at 1:1); give it for bundles that do not record it.</source>
        <translation>0: el del paquete (los modelos balanceados, BRF, EasyEnsemble, SMOTE/ADASYN-DNN y los a priori PU puntúan como a 1:1); indíquelo para los paquetes que no lo registran.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="229"/>
        <source>Area prevalence from the inventory: {} landslide cells of {} = {:.4%}.</source>
        <translation>Prevalencia del área según el inventario: {} celdas de deslizamiento de {} = {:.4%}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="236"/>
        <source>Map values: scores shifted from the training ratio to the prevalence {:.4%}.</source>
        <translation>Valores del mapa: puntajes desplazados de la razón de entrenamiento a la prevalencia {:.4%}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="249"/>
        <source>The prevalence correction needs the area&apos;s prevalence: give it as a number or give a landslide inventory.</source>
        <translation>La corrección por prevalencia necesita la prevalencia del área: indíquela como número o indique un inventario de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="257"/>
        <source>landslide inventory</source>
        <translation>inventario de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="333"/>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="178"/>
        <source>Maps the landslide probability (0..1) of every cell with a model bundle of lsm:trainmodel or lsm:spysampling (LSNet has lsm:lsnetpredict). Factor rasters are matched to the bundle by name.

The rasters are read block by block (bounded memory); only cells where every factor has a value (and inside the mask) are predicted. With several bundles the map is their mean and the optional uncertainty their standard deviation; with one, the spread of its ensemble members. A Dask scheduler can run the blocks on a cluster.

Output: Float32 GeoTIFF, nodata -9999: raw scores, or scores shifted to the area&apos;s prevalence. Bundles hold pickles: open only trusted files.</source>
        <translation>Mapea la probabilidad de deslizamiento (0..1) de cada celda con un paquete de modelo de lsm:trainmodel o de lsm:spysampling (LSNet tiene lsm:lsnetpredict). Los ráster de factores se asocian al paquete por su nombre.

Los ráster se leen bloque por bloque (memoria acotada); solo se predicen las celdas donde cada factor tiene valor (y dentro de la máscara). Con varios paquetes, el mapa es su media y la incertidumbre opcional su desviación estándar; con uno, la dispersión de los miembros de su conjunto. Un planificador Dask puede ejecutar los bloques en un clúster.

Salida: GeoTIFF Float32, nodata -9999: puntajes brutos, o puntajes desplazados a la prevalencia del área. Los paquetes contienen pickles: abra solo archivos de confianza.</translation>
    </message>
</context>
<context>
    <name>PredictUnitsAlgorithm</name>
    <message>
        <location filename="../algorithms/predictunits.py" line="53"/>
        <source>Mapping units</source>
        <translation>Unidades de mapeo</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="53"/>
        <source>Polygons with a numeric field per model factor (lsm:unitfactors output, or any unit layer).</source>
        <translation>Polígonos con un campo numérico por cada factor del modelo (salida de lsm:unitfactors, o cualquier capa de unidades).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="60"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="60"/>
        <source>A model bundle of lsm:trainmodel (trusted files only).</source>
        <translation>Un paquete de modelo de lsm:trainmodel (solo archivos de confianza).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="65"/>
        <source>Susceptibility field</source>
        <translation>Campo de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="65"/>
        <source>Name of the field receiving the landslide probability (overwritten when it exists).</source>
        <translation>Nombre del campo que recibe la probabilidad de deslizamiento (se sobrescribe si existe).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="70"/>
        <source>Uncertainty field</source>
        <translation>Campo de incertidumbre</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="70"/>
        <source>Field of the standard deviation over the model&apos;s members; empty or a model without members: none.</source>
        <translation>Campo de la desviación estándar entre los miembros del modelo; vacío o un modelo sin miembros: ninguno.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="79"/>
        <source>Units with susceptibility</source>
        <translation>Unidades con susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="82"/>
        <source>Units predicted</source>
        <translation>Unidades predichas</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="87"/>
        <source>The unit layer could not be opened.</source>
        <translation>No se pudo abrir la capa de unidades.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="93"/>
        <source>Model factors -&gt; unit fields: {}</source>
        <translation>Factores del modelo -&gt; campos de las unidades: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="112"/>
        <source>Choose a model bundle (.lsmodel).</source>
        <translation>Elija un paquete de modelo (.lsmodel).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="114"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model, which needs factor rasters: map it with lsm:lsnetpredict and take the units&apos; statistics of the map with lsm:unitfactors.</source>
        <translation>El paquete de modelo '{}' es un modelo '{}', que necesita ráster de factores: mapéelo con lsm:lsnetpredict y tome las estadísticas del mapa por unidad con lsm:unitfactors.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="122"/>
        <source>&apos;{}&apos;: {} unit(s) predicted.</source>
        <translation>'{}': {} unidad(es) predicha(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="125"/>
        <source>{} unit(s) of &apos;{}&apos; lack a factor value: their susceptibility is NULL.</source>
        <translation>{} unidad(es) de '{}' carecen de un valor de factor: su susceptibilidad es NULL.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="131"/>
        <source>No unit of &apos;{}&apos; has every factor value: nothing to predict.</source>
        <translation>Ninguna unidad de '{}' tiene todos los valores de factores: nada que predecir.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="135"/>
        <source>The model has no members: no uncertainty field.</source>
        <translation>El modelo no tiene miembros: no hay campo de incertidumbre.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="179"/>
        <source>Predict susceptibility on units</source>
        <translation>Predecir la susceptibilidad en unidades</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="180"/>
        <source>Applies a model bundle (any model type of lsm:trainmodel) to a polygon layer of mapping units: a susceptibility field (landslide probability) on every unit and, for models with members (forests, ensembles), an uncertainty field (standard deviation over the members). The model&apos;s factors are matched to unit fields by name: &apos;&lt;factor&gt;&apos;, else &apos;&lt;factor&gt;_mean&apos; (lsm:unitfactors&apos; names). Units of another area with the same fields take the model as they are (transfer). Units with a missing factor value get NULL.</source>
        <translation>Aplica un paquete de modelo (cualquier tipo de modelo de lsm:trainmodel) a una capa de polígonos de unidades de mapeo: un campo de susceptibilidad (probabilidad de deslizamiento) en cada unidad y, para los modelos con miembros (bosques, conjuntos), un campo de incertidumbre (desviación estándar entre los miembros). Los factores del modelo se asocian a los campos de las unidades por su nombre: '&lt;factor&gt;'; si no, '&lt;factor&gt;_mean' (los nombres de lsm:unitfactors). Las unidades de otra área con los mismos campos toman el modelo tal cual (transferencia). Las unidades con un valor de factor faltante reciben NULL.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../plugin/models.py" line="60"/>
        <source>Error encountered while running %1</source>
        <translation>Error al ejecutar %1</translation>
    </message>
</context>
<context>
    <name>RateCurvesAlgorithm</name>
    <message>
        <location filename="../algorithms/ratecurves.py" line="80"/>
        <source>Susceptibility raster</source>
        <translation>Ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="84"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="89"/>
        <source>Study-area mask raster</source>
        <translation>Ráster de máscara del área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="95"/>
        <source>Study-area polygons</source>
        <translation>Polígonos del área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="106"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="112"/>
        <source>Rate curves table (CSV)</source>
        <translation>Tabla de curvas de tasa (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="112"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="117"/>
        <source>Rate curves (PNG)</source>
        <translation>Curvas de tasa (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="117"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="122"/>
        <source>Success-rate AUC</source>
        <translation>AUC de la tasa de éxito</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="123"/>
        <source>Prediction-rate AUC</source>
        <translation>AUC de la tasa de predicción</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="124"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="125"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="128"/>
        <source>Sample layer (label and split fields)</source>
        <translation>Capa de muestras (campos de etiqueta y de partición)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="138"/>
        <source>Label field</source>
        <translation>Campo de etiqueta</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="144"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Campo de partición ('train' / 'test')</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="182"/>
        <source>susceptibility raster</source>
        <translation>ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="206"/>
        <source>The {} could not be opened.</source>
        <translation>No se pudo abrir el {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="209"/>
        <source>The {} &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>El {} '{}' no es un archivo en el disco ({}); guárdelo primero como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="218"/>
        <source>Layer &apos;{}&apos; is in {} but the map &apos;{}&apos; is in {}: reproject the landslides to the map&apos;s CRS (Vector &gt; Data Management Tools &gt; Reproject Layer) and run again.</source>
        <translation>La capa '{}' está en {} pero el mapa '{}' está en {}: reproyecte los deslizamientos al SRC del mapa (Vectorial &gt; Herramientas de gestión de datos &gt; Reproyectar capa) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="233"/>
        <source>No landslide was given: choose a sample layer with training / test landslides, or a training or test inventory.</source>
        <translation>No se indicó ningún deslizamiento: elija una capa de muestras con deslizamientos de entrenamiento / prueba, o un inventario de entrenamiento o de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="247"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}): choose the field saying &apos;train&apos; / &apos;test&apos;, or give a training and a test inventory instead.</source>
        <translation>La capa '{}' no tiene el campo de partición '{}' (sus campos: {}): elija el campo que indica 'train' / 'test', o indique en su lugar un inventario de entrenamiento y uno de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="265"/>
        <source>Layer &apos;{}&apos; has no &apos;{}&apos; landslide: no {}-rate curve.</source>
        <translation>La capa '{}' no tiene ningún deslizamiento '{}': no hay curva de tasa de {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="272"/>
        <source>{} landslide(s) of &apos;{}&apos; have no &apos;train&apos; / &apos;test&apos; split value and were left out.</source>
        <translation>{} deslizamiento(s) de '{}' no tienen valor de partición 'train' / 'test' y se omitieron.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="287"/>
        <source>inventory</source>
        <translation>inventario</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="293"/>
        <source>&apos;{}&apos;: {} polygon(s), {} cell(s) by cell centre.</source>
        <translation>'{}': {} polígono(s), {} celda(s) por centro de celda.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="306"/>
        <source>Give either a mask raster or study-area polygons, not both.</source>
        <translation>Indique un ráster de máscara o polígonos del área de estudio, no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="308"/>
        <source>mask raster</source>
        <translation>ráster de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="311"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="315"/>
        <source>&apos;{}&apos;: {} cells in the study area.</source>
        <translation>'{}': {} celdas en el área de estudio.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="318"/>
        <source>{}-rate curve: AUC {:.4f} on {} landslide cells; the top 10 % of the area holds {:.1%} of them, the top 20 % {:.1%}.</source>
        <translation>Curva de tasa de {}: AUC {:.4f} sobre {} celdas de deslizamiento; el 10 % más susceptible del área contiene el {:.1%} de ellas, el 20 % el {:.1%}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="181"/>
        <source>Success and prediction rate curves</source>
        <translation>Curvas de tasa de éxito y de predicción</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="182"/>
        <source>Success-rate (training landslides) and prediction-rate (test landslides) curves of a susceptibility map (Chung and Fabbri 2003): the share of landslide cells inside the most susceptible x % of the area, and the area under each curve (0.5: no better than chance). Exact over every cell of the map, ties included.

Landslides: a sample layer with a label and a split field (&apos;train&apos; / &apos;test&apos;), or a training and a test inventory (points, or polygons by the cells whose centre they cover). An optional mask raster or polygon layer limits the study area. The landslides must be in the map&apos;s CRS.

Outputs: a CSV of the curves, a PNG, SUCCESS_AUC, PREDICTION_AUC and a run record.</source>
        <translation>Curvas de tasa de éxito (deslizamientos de entrenamiento) y de tasa de predicción (deslizamientos de prueba) de un mapa de susceptibilidad (Chung y Fabbri 2003): la proporción de celdas de deslizamiento dentro del x % más susceptible del área, y el área bajo cada curva (0,5: no mejor que el azar). Exacto sobre todas las celdas del mapa, empates incluidos.

Deslizamientos: una capa de muestras con un campo de etiqueta y uno de partición ('train' / 'test'), o un inventario de entrenamiento y uno de prueba (puntos, o polígonos por las celdas cuyo centro cubren). Un ráster de máscara o una capa de polígonos opcionales limitan el área de estudio. Los deslizamientos deben estar en el SRC del mapa.

Salidas: un CSV de las curvas, un PNG, SUCCESS_AUC, PREDICTION_AUC y una ficha de ejecución.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="183"/>
        <source>Points or polygons (the cells whose centre they cover; a polygon smaller than a cell gives the cell of its centroid) for the success-rate curve; used when no sample layer is given.</source>
        <translation>Puntos o polígonos (las celdas cuyo centro cubren; un polígono menor que una celda da la celda de su centroide) para la curva de tasa de éxito; se usan cuando no se da ninguna capa de muestras.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="184"/>
        <source>Points or polygons (the cells whose centre they cover; a polygon smaller than a cell gives the cell of its centroid) for the prediction-rate curve; used when no sample layer is given.</source>
        <translation>Puntos o polígonos (las celdas cuyo centro cubren; un polígono menor que una celda da la celda de su centroide) para la curva de tasa de predicción; se usan cuando no se da ninguna capa de muestras.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="185"/>
        <source>Training landslides (inventory)</source>
        <translation>Deslizamientos de entrenamiento (inventario)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="186"/>
        <source>Test landslides (inventory)</source>
        <translation>Deslizamientos de prueba (inventario)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="187"/>
        <source>The map to assess (any values: higher means more susceptible); nodata cells are not part of the area.</source>
        <translation>El mapa a evaluar (cualquier valor: más alto significa más susceptible); las celdas nodata no forman parte del área.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="188"/>
        <source>Band of the susceptibility raster (1 for a single-band map).</source>
        <translation>Banda del ráster de susceptibilidad (1 para un mapa de una banda).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="189"/>
        <source>Cells with a non-zero value form the study area; the mask must be on the map&apos;s grid.</source>
        <translation>Las celdas con valor distinto de cero forman el área de estudio; la máscara debe estar en la cuadrícula del mapa.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="190"/>
        <source>Polygons of the study area: the cells whose centre they cover (reprojected to the map&apos;s CRS).</source>
        <translation>Polígonos del área de estudio: las celdas cuyo centro cubren (reproyectados al SRC del mapa).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="191"/>
        <source>Write the curves and their AUCs into the run store for the metrics dock.</source>
        <translation>Escribir las curvas y sus AUC en el registro de ejecuciones para el panel de métricas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="192"/>
        <source>Points with a label field (1 landslide) and a split field: &apos;train&apos; landslides give the success rate, &apos;test&apos; landslides the prediction rate (an lsm:buildsamples output). Or give the inventories.</source>
        <translation>Puntos con un campo de etiqueta (1 deslizamiento) y un campo de partición: los deslizamientos 'train' dan la tasa de éxito, los 'test' la tasa de predicción (una salida de lsm:buildsamples). O indique los inventarios.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="193"/>
        <source>Field of the sample layer holding 1 for landslides (default &apos;label&apos;); other rows are ignored.</source>
        <translation>Campo de la capa de muestras con 1 para los deslizamientos ('label' por defecto); las demás filas se ignoran.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="194"/>
        <source>Field of the sample layer saying which landslides trained the model (default &apos;split&apos;).</source>
        <translation>Campo de la capa de muestras que indica qué deslizamientos entrenaron el modelo ('split' por defecto).</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../algorithms/report.py" line="88"/>
        <source>Folder of the run records (*.lsmrun.json) the algorithms wrote. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the report.</source>
        <translation>Carpeta de las fichas de ejecución (*.lsmrun.json) que escribieron los algoritmos. Vacío: 'lsm_runs' junto al proyecto guardado; si no, junto al informe.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="95"/>
        <source>Maps to show</source>
        <translation>Mapas a mostrar</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="98"/>
        <source>Rasters drawn into the report in this order, e.g. the susceptibility map and its Jenks classes. Rasters of a few integer values are shown (and their area counted) as classes.</source>
        <translation>Ráster dibujados en el informe en este orden, p. ej., el mapa de susceptibilidad y sus clases de Jenks. Los ráster con pocos valores enteros se muestran (y se cuenta su área) como clases.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="140"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="204"/>
        <source>Landslide susceptibility report</source>
        <translation>Informe de susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="143"/>
        <source>Heading and window title of the report.</source>
        <translation>Encabezado y título de ventana del informe.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="145"/>
        <source>Map image width (pixels)</source>
        <translation>Ancho de la imagen de los mapas (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="153"/>
        <source>Width of each rendered map; the height follows the map&apos;s extent.</source>
        <translation>Ancho de cada mapa representado; la altura sigue la extensión del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="156"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="156"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="159"/>
        <source>The HTML file written.</source>
        <translation>El archivo HTML escrito.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="172"/>
        <source>Run records in the report</source>
        <translation>Fichas de ejecución en el informe</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="173"/>
        <source>Unreadable records</source>
        <translation>Fichas ilegibles</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="174"/>
        <source>Embedded images</source>
        <translation>Imágenes incrustadas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="186"/>
        <source>&apos;{}&apos; is not a valid raster layer: left out.</source>
        <translation>'{}' no es una capa ráster válida: se omite.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="196"/>
        <source>Choose where to write the report (an .html file).</source>
        <translation>Elija dónde escribir el informe (un archivo .html).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="199"/>
        <source>The run store folder &apos;{}&apos; does not exist: the report has no run records.</source>
        <translation>La carpeta del registro de ejecuciones '{}' no existe: el informe no tiene fichas de ejecución.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="253"/>
        <source>Rendering {}</source>
        <translation>Representando {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="257"/>
        <source>&apos;{}&apos; could not be rendered: left out.</source>
        <translation>'{}' no se pudo representar: se omite.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="221"/>
        <source>Report with {} run record(s), {} map(s), {} image(s): {}</source>
        <translation>Informe con {} ficha(s) de ejecución, {} mapa(s), {} imagen(es): {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="229"/>
        <source>{} file(s) of the run store are not readable records; the report lists why.</source>
        <translation>{} archivo(s) del registro de ejecuciones no son fichas legibles; el informe indica por qué.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="105"/>
        <source>Landslides drawn on the maps</source>
        <translation>Deslizamientos dibujados en los mapas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>An inventory or sample layer drawn over every map of the PDF (a sample layer: only its landslides, label = 1).</source>
        <translation>Un inventario o una capa de muestras dibujados sobre cada mapa del PDF (una capa de muestras: solo sus deslizamientos, label = 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>Best model chosen by</source>
        <translation>Mejor modelo elegido según</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>Automatic: prediction-rate AUC when rate curves exist, else ROC-AUC (random test set)</source>
        <translation>Automático: AUC de la tasa de predicción cuando existen curvas de tasa; si no, ROC-AUC (conjunto de prueba aleatorio)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>Prediction-rate AUC (lsm:ratecurves records)</source>
        <translation>AUC de la tasa de predicción (fichas de lsm:ratecurves)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>ROC-AUC on the random test set</source>
        <translation>ROC-AUC en el conjunto de prueba aleatorio</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>PR-AUC on the random test set</source>
        <translation>PR-AUC en el conjunto de prueba aleatorio</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="132"/>
        <source>The number the report names its best model by, and says so. Runs on reliable negatives (rn) are used only when no run has random test cells, and the report then calls them optimistic.</source>
        <translation>El número según el cual el informe nombra su mejor modelo, y lo indica. Las ejecuciones con negativos confiables (rn) solo se usan cuando ninguna ejecución tiene celdas de prueba aleatorias, y entonces el informe las califica de optimistas.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>PDF of the maps</source>
        <translation>PDF de los mapas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="164"/>
        <source>One print-layout page per map (A4 landscape). Empty: beside the HTML report, with the same name and .pdf. Not written when no map is given.</source>
        <translation>Una página de diseño de impresión por mapa (A4 horizontal). Vacío: junto al informe HTML, con el mismo nombre y .pdf. No se escribe cuando no se da ningún mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="171"/>
        <source>Best model</source>
        <translation>Mejor modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="227"/>
        <source>Best model: {}</source>
        <translation>Mejor modelo: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="269"/>
        <source>Susceptibility classes</source>
        <translation>Clases de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="269"/>
        <source>Map values</source>
        <translation>Valores del mapa</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="280"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="280"/>
        <source>% area</source>
        <translation>% área</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="280"/>
        <source>% landslides</source>
        <translation>% deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="307"/>
        <source>PDF with {} map page(s): {}</source>
        <translation>PDF con {} página(s) de mapa: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="195"/>
        <source>Report of the runs and maps (HTML and PDF)</source>
        <translation>Informe de las ejecuciones y los mapas (HTML y PDF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="196"/>
        <source>Writes one self-contained HTML file (images embedded, print-ready on A4/Letter) to send to a colleague: the best model by a stated criterion, the metrics of every run record with their test set (best marked only among comparable runs, priors apart), rate curves, cross-validation, class areas, methods, parameters and limitations; and a PDF with one print-layout page per map (legend, scale bar, north arrow, landslides, class table). Details: the help link.</source>
        <translation>Escribe un archivo HTML autónomo (imágenes incrustadas, listo para imprimir en A4/Carta) para enviar a un colega: el mejor modelo según un criterio declarado, las métricas de cada ficha de ejecución con su conjunto de prueba (el mejor se marca solo entre ejecuciones comparables, los a priori aparte), las curvas de tasa, la validación cruzada, las áreas de las clases, los métodos, los parámetros y las limitaciones; y un PDF con una página de diseño de impresión por mapa (leyenda, barra de escala, flecha del norte, deslizamientos, tabla de clases). Detalles: el enlace de ayuda.</translation>
    </message>
</context>
<context>
    <name>SaturationTestAlgorithm</name>
    <message>
        <location filename="../algorithms/saturationtest.py" line="87"/>
        <source>Test share of each class when there is no split field</source>
        <translation>Proporción de prueba de cada clase cuando no hay campo de partición</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="102"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="112"/>
        <source>Imbalance ratios (negatives per landslide, comma separated)</source>
        <translation>Razones de desbalance (negativos por deslizamiento, separadas por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="120"/>
        <source>Repeats (resamplings per model and ratio)</source>
        <translation>Repeticiones (remuestreos por modelo y razón)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="130"/>
        <source>Test set ratio (negatives per test landslide; 0 = all test negatives)</source>
        <translation>Razón del conjunto de prueba (negativos por deslizamiento de prueba; 0 = todos los negativos de prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="143"/>
        <source>Model parameters (model.name=value; ...)</source>
        <translation>Parámetros de los modelos (modelo.nombre=valor; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="155"/>
        <source>Saturation runs (long table)</source>
        <translation>Ejecuciones de saturación (tabla larga)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="160"/>
        <source>Saturation summary (mean and sd)</source>
        <translation>Resumen de saturación (media y desv. est.)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="165"/>
        <source>Metrics vs ratio (PNG)</source>
        <translation>Métricas según la razón (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="165"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="173"/>
        <source>Group key of the run records</source>
        <translation>Clave de grupo de las fichas de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="174"/>
        <source>Number of fits</source>
        <translation>Número de ajustes</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="184"/>
        <source>Model parameter &apos;{}&apos; needs its model: write model.name=value (e.g. brf.n_estimators=200).</source>
        <translation>El parámetro de modelo '{}' necesita su modelo: escriba modelo.nombre=valor (p. ej., brf.n_estimators=200).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="191"/>
        <source>Unknown model &apos;{}&apos; in the model parameters; models are {}.</source>
        <translation>Modelo desconocido '{}' en los parámetros de los modelos; los modelos son {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="228"/>
        <source>Choose at least one model.</source>
        <translation>Elija al menos un modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="274"/>
        <source>{} run records written to {} (group {}).</source>
        <translation>{} fichas de ejecución escritas en {} (grupo {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="340"/>
        <source>Mean +/- sd (BA, ROC-AUC, PR-AUC):</source>
        <translation>Media +/- desv. est. (BA, ROC-AUC, PR-AUC):</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="197"/>
        <source>Saturation test (metrics vs imbalance ratio)</source>
        <translation>Prueba de saturación (métricas según la razón de desbalance)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="149"/>
        <source>Seed of the test set, the negative draws and the models.</source>
        <translation>Semilla del conjunto de prueba, de las extracciones de negativos y de los modelos.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="150"/>
        <source>Fits that run at once in threads: -1 uses all cores.</source>
        <translation>Ajustes que se ejecutan a la vez en hilos: -1 usa todos los núcleos.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="152"/>
        <source>Folder of the run records (one per fit, sharing a group key).</source>
        <translation>Carpeta de las fichas de ejecución (una por ajuste, que comparten una clave de grupo).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="198"/>
        <source>The saturation test of Fu et al. 2024 (IEEE JSTARS 17): how do imbalanced learners behave as more negatives per landslide are used for training?

A test set is fixed once (the test landslides and r_test negatives each); then for each ratio and repeat, ratio x n training negatives are drawn (the same draw for every model) and each model is trained and scored on that test set.

Outputs: a long table (one row per fit), mean +/- sd per model and ratio, a PNG of each metric against the ratio, and one run record per fit sharing a group key for the metrics dock.</source>
        <translation>La prueba de saturación de Fu et al. 2024 (IEEE JSTARS 17): ¿cómo se comportan los algoritmos de aprendizaje para datos desbalanceados a medida que se usan más negativos por deslizamiento para el entrenamiento?

Se fija una sola vez un conjunto de prueba (los deslizamientos de prueba y r_test negativos por cada uno); luego, para cada razón y repetición, se extraen razón x n negativos de entrenamiento (la misma extracción para todos los modelos) y cada modelo se entrena y se evalúa en ese conjunto de prueba.

Salidas: una tabla larga (una fila por ajuste), media +/- desv. est. por modelo y razón, un PNG de cada métrica en función de la razón y una ficha de ejecución por ajuste que comparten una clave de grupo para el panel de métricas.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Design</source>
        <translation>Diseño experimental</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Custom: the models, ratios, repeats and test ratio below</source>
        <translation>Personalizado: los modelos, razones, repeticiones y razón de prueba de abajo</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Paper design (Fu et al. 2024): ratios 1:2.5 ... 1:200, 10 repeats, test 1:200 or the largest that fits</source>
        <translation>Diseño del artículo (Fu et al. 2024): razones 1:2.5 ... 1:200, 10 repeticiones, prueba 1:200 o la mayor que quepa</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Unlabeled vs reliable negatives at 1:1 (Fu et al. 2024 Table II): rf and dnn</source>
        <translation>No etiquetados frente a negativos confiables a 1:1 (Fu et al. 2024 tabla II): rf y dnn</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="265"/>
        <source>Fu et al. Table II: rf and dnn at 1:1, random unlabeled vs reliable negatives.</source>
        <translation>Fu et al. tabla II: rf y dnn a 1:1, no etiquetados aleatorios frente a negativos confiables.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="290"/>
        <source>Saturation test - {} (test set &apos;{}&apos;)</source>
        <translation>Prueba de saturación - {} (conjunto de prueba '{}')</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="213"/>
        <source>The Table II experiment needs training negatives of both kinds in &apos;{}&apos; (field &apos;{}&apos;: &apos;random&apos; and &apos;rn&apos;); it has {} random and {} reliable ones. Run lsm:spysampling again with its advanced option &apos;Keep the random training cells&apos; (RANDOM_TRAIN) on, which writes the sample layer&apos;s unlabeled training cells as negative_kind &apos;random&apos; beside the reliable negatives, and give that layer here (or merge an lsm:buildsamples layer, negative_kind &apos;random&apos;, with the reliable negatives, negative_kind &apos;rn&apos;).</source>
        <translation>El experimento de la tabla II necesita negativos de entrenamiento de ambos tipos en '{}' (campo '{}': 'random' y 'rn'); la capa tiene {} aleatorios y {} fiables. Vuelva a ejecutar lsm:spysampling con su opción avanzada 'Conservar las celdas de entrenamiento aleatorias' (RANDOM_TRAIN) activada, que escribe las celdas de entrenamiento no etiquetadas de la capa de muestras como negative_kind 'random' junto a los negativos confiables, e indique esa capa aquí (o combine una capa de lsm:buildsamples, negative_kind 'random', con los negativos confiables, negative_kind 'rn').</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="199"/>
        <source>Balanced random forest</source>
        <translation>Bosque aleatorio balanceado</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="200"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (miembros AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="201"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="202"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="203"/>
        <source>Random forest (benchmark)</source>
        <translation>Bosque aleatorio (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="204"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Red neuronal profunda (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="205"/>
        <source>Support vector machine (RBF)</source>
        <translation>Máquina de vectores de soporte (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="206"/>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="207"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Regresión logística de núcleo (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="208"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM con atención espacial (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="209"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Red convolucional 1D sobre los factores (línea base CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="210"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Razón de frecuencia (sumada, normalizada 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="211"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valor informativo (sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="212"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Pesos de evidencia (contraste sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="213"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Regresión logística con tabla de coeficientes (sin penalización)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="214"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Potenciación del gradiente (LightGBM, clases balanceadas)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="216"/>
        <source>Without a split field, this share of each class becomes the fixed test pool.</source>
        <translation>Sin campo de partición, esta proporción de cada clase pasa a ser el conjunto de prueba fijo.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="217"/>
        <source>Models to train at each ratio; default the four imbalanced learners of Fu et al. 2024.</source>
        <translation>Modelos a entrenar en cada razón; por defecto, los cuatro métodos de aprendizaje desbalanceado de Fu et al. 2024.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="218"/>
        <source>Fu et al. 2024: 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200.</source>
        <translation>Fu et al. 2024: 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="219"/>
        <source>Independent negative draws per model and ratio; the tables give their mean and sd.</source>
        <translation>Extracciones independientes de negativos por modelo y razón; las tablas dan su media y su desviación estándar.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="220"/>
        <source>Negatives per test landslide in the fixed test set (Fu et al. 2024: 200).</source>
        <translation>Negativos por deslizamiento de prueba en el conjunto de prueba fijo (Fu et al. 2024: 200).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="221"/>
        <source>Per-model overrides, e.g. &apos;brf.n_estimators=200; smote_dnn.epochs=20&apos; (names as in lsm:trainmodel).</source>
        <translation>Sustituciones por modelo, p. ej., 'brf.n_estimators=200; smote_dnn.epochs=20' (nombres como en lsm:trainmodel).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="215"/>
        <source>Custom uses the parameters below. The paper design replaces the ratios and repeats by Fu et al.&apos;s and lowers the test ratio to the largest the test negatives allow. The Table II experiment trains rf and dnn at 1:1 on random unlabeled and on reliable training negatives (field negative_kind: an lsm:spysampling layer made with &apos;Keep the random training cells&apos;, RANDOM_TRAIN), the repeats below each, on the same fixed test sets.</source>
        <translation>Personalizado usa los parámetros de abajo. El diseño del artículo sustituye las proporciones y las repeticiones por las de Fu et al. y baja la proporción de prueba a la mayor que permiten los negativos de prueba. El experimento de la tabla II entrena rf y dnn a 1:1 con negativos no etiquetados aleatorios y con negativos de entrenamiento confiables (campo negative_kind: una capa de lsm:spysampling hecha con 'Conservar las celdas de entrenamiento aleatorias', RANDOM_TRAIN), con las repeticiones de abajo cada uno, sobre los mismos conjuntos de prueba fijos.</translation>
    </message>
</context>
<context>
    <name>SpySampling</name>
    <message>
        <location filename="../algorithms/_spy_run.py" line="36"/>
        <source>Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer could not be read and no inventory was given.</source>
        <translation>Indique una capa de muestras (de lsm:buildsamples) o un inventario de deslizamientos: no se pudo leer la capa de muestras y no se indicó ningún inventario.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="44"/>
        <source>Give either a sample layer or a landslide inventory, not both: with a sample layer the inventory is not used.</source>
        <translation>Indique una capa de muestras o un inventario de deslizamientos, no ambos: con una capa de muestras no se usa el inventario.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="76"/>
        <source>Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, or name the layers/band descriptions as the fields.</source>
        <translation>El/los campo(s) de factor {} no tienen un ráster de factor con el mismo nombre (ráster: {}). Agregue los ráster, o nombre las capas/descripciones de banda como los campos.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="73"/>
        <source>&apos;{}&apos; has no field &apos;{}&apos;: every point is training data, no test negatives.</source>
        <translation>'{}' no tiene el campo '{}': todos los puntos son datos de entrenamiento, sin negativos de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="89"/>
        <source>{} point(s) outside the factor rasters were left out.</source>
        <translation>{} punto(s) fuera de los ráster de factores se omitieron.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="95"/>
        <source>{} point(s) without a value for every factor field were left out.</source>
        <translation>{} punto(s) sin valor en todos los campos de factores se omitieron.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="179"/>
        <source>Samples built from &apos;{}&apos;: {}</source>
        <translation>Muestras construidas a partir de '{}': {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="222"/>
        <source>Reliable negatives (spy technique / Bagging-PU)</source>
        <translation>Negativos confiables (técnica de espías / Bagging-PU)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="174"/>
        <source>The samples built from &apos;{}&apos; could not be read.</source>
        <translation>No se pudieron leer las muestras construidas a partir de '{}'.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="223"/>
        <source>Finds reliable non-landslide cells (negatives) by positive-unlabeled learning (Fu et al. 2024, IEEE JSTARS 17): the spy technique in two steps, or Bagging-PU (Mordelet &amp; Vert 2014).

Input: the sample layer of lsm:buildsamples and the factor rasters, or the landslide inventory (lsm:buildsamples is then run first). A prior model per split is mapped and classed by Jenks breaks; negatives come from its low classes (spy) or are the lowest-scored cells (Bagging-PU).

Outputs: the negatives (with the landslides, for lsm:trainmodel), the prior maps and model bundles (pickles: load only trusted ones), a summary table and a run record. Details: the help link.</source>
        <translation>Encuentra celdas confiables sin deslizamiento (negativos) mediante aprendizaje positivo-no etiquetado (Fu et al. 2024, IEEE JSTARS 17): la técnica de espías en dos etapas, o Bagging-PU (Mordelet &amp; Vert 2014).

Entrada: la capa de muestras de lsm:buildsamples y los ráster de factores, o el inventario de deslizamientos (en ese caso se ejecuta primero lsm:buildsamples). Un modelo a priori por partición se aplica como mapa y se clasifica por cortes de Jenks; los negativos vienen de sus clases bajas (espías) o son las celdas con menor puntaje (Bagging-PU).

Salidas: los negativos (con los deslizamientos, para lsm:trainmodel), los mapas a priori y los paquetes de modelo (pickles: cargue solo los de confianza), una tabla de resumen y una ficha de ejecución. Detalles: el enlace de ayuda.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="147"/>
        <source>Design</source>
        <translation>Diseño experimental</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="147"/>
        <source>Custom (the values below)</source>
        <translation>Personalizado (los valores de abajo)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="147"/>
        <source>Paper design (Fu et al. 2024): 3x unlabeled, 7:3 split, 1:200 or the largest that fits</source>
        <translation>Diseño del artículo (Fu et al. 2024): 3x no etiquetadas, partición 7:3, 1:200 o la mayor que quepa</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="62"/>
        <source>Categorical factors declared by &apos;{}&apos;: {}</source>
        <translation>Factores categóricos declarados por '{}': {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="85"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}).</source>
        <translation>El/los factor(es) categórico(s) {} no están entre los ráster de factores ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="103"/>
        <source>Paper design (Fu et al. 2024): {:g} unlabeled cells per landslide for the prior (inventory input), a {:g}/{:g} split, negatives at 1:{:g} per split or the largest ratio the open cells allow (core.negatives.check_feasible&apos;s bound).</source>
        <translation>Diseño del artículo (Fu et al. 2024): {:g} celdas no etiquetadas por deslizamiento para el a priori (inventario como entrada), una partición {:g}/{:g}, negativos a 1:{:g} por partición o la mayor razón que permitan las celdas libres (la cota de core.negatives.check_feasible).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="86"/>
        <source>Spy</source>
        <translation>Espías</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="87"/>
        <source>Negatives</source>
        <translation>Negativos</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="88"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="89"/>
        <source>Negatives avoid the {} cell(s) of the inventory &apos;{}&apos;.</source>
        <translation>Los negativos evitan las {} celda(s) del inventario '{}'.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="90"/>
        <source>{} unlabeled cell(s) of &apos;{}&apos; lie off the unlabeled pool (deformation, pool mask): left out.</source>
        <translation>{} celda(s) no etiquetada(s) de '{}' quedan fuera del conjunto no etiquetado (deformación, máscara del conjunto): se omiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="55"/>
        <source>The sample layer &apos;{}&apos; is in {} but the factor rasters are in {}: reproject the layer (Vector &gt; Data Management &gt; Reproject layer) first.</source>
        <translation>La capa de muestras '{}' está en {} pero los ráster de factores están en {}: reproyecte primero la capa (Vectorial &gt; Herramientas de gestión de datos &gt; Reproyectar capa).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="158"/>
        <source>Paper design: with the inventory input 3 unlabeled cells per landslide for the prior and a 70/30 split; negatives at 1:200 per split, or the largest ratio the open cells allow (the log says which). It replaces the unlabeled ratio, train fraction, negatives per landslide and test negatives per landslide.</source>
        <translation>Diseño del artículo: con el inventario como entrada, 3 celdas no etiquetadas por deslizamiento para el a priori y una partición 70/30; negativos a 1:200 por partición, o la mayor razón que permitan las celdas disponibles (el registro de mensajes indica cuál). Reemplaza la razón de no etiquetadas, la fracción de entrenamiento, los negativos por deslizamiento y los negativos de prueba por deslizamiento.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="91"/>
        <source>{} unlabeled {} cell(s) of the sample layer lie where negatives may not (an inventory cell, the exclusion buffer, off the study area or the unlabeled pool, another split&apos;s blocks): left out of the &apos;random&apos; rows.</source>
        <translation>{} celda(s) {} no etiquetada(s) de la capa de muestras están donde no puede haber negativos (una celda del inventario, el búfer de exclusión, fuera del área de estudio o del conjunto no etiquetado, los bloques de otra partición): se omiten de las filas 'random'.</translation>
    </message>
</context>
<context>
    <name>TrainFcnAlgorithm</name>
    <message>
        <location filename="../algorithms/trainfcn.py" line="250"/>
        <source>The landslide layer could not be opened.</source>
        <translation>No se pudo abrir la capa de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="263"/>
        <source>No landslide of layer &apos;{}&apos; falls on the factor rasters: check that the layer and the rasters cover the same area.</source>
        <translation>Ningún deslizamiento de la capa '{}' cae sobre los ráster de factores: compruebe que la capa y los ráster cubren la misma área.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="322"/>
        <source>{} landslide cells; windows of {} cells, overlap {:g}; filters {}; {} labels; device {}.</source>
        <translation>{} celdas de deslizamiento; ventanas de {} celdas, solapamiento {:g}; filtros {}; etiquetas {}; dispositivo {}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="224"/>
        <source>Train FCN (multi-scale, CBAM, Poisson soft labels)</source>
        <translation>Entrenar la red FCN (multiescala, CBAM, etiquetas suaves de Poisson)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="305"/>
        <source>Leave one group out over &apos;{}&apos;: {} groups ({}).</source>
        <translation>Dejar un grupo fuera sobre '{}': {} grupos ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="338"/>
        <source>Validation ROC-AUC {:.3f} on {} cells of {} held-out windows not covered by a training or test window, best epoch {}.</source>
        <translation>ROC-AUC de validación {:.3f} en {} celdas de {} ventanas reservadas no cubiertas por una ventana de entrenamiento o de prueba, mejor época {}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="29"/>
        <source>The group field &apos;{}&apos; is not a field of layer &apos;{}&apos;: choose its event or region field.</source>
        <translation>El campo de grupo '{}' no es un campo de la capa '{}': elija su campo de evento o de región.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="30"/>
        <source>Test set &apos;{}&apos; ({}: {} landslide cells, {} others): ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).</source>
        <translation>Conjunto de prueba '{}' ({}: {} celdas de deslizamiento, {} otras): ROC-AUC {:.3f}, G-mean {:.3f} (mejor época {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="31"/>
        <source>Leave one group out, test set &apos;{}&apos;, mean over {} groups ({}): {}.</source>
        <translation>Dejar un grupo fuera, conjunto de prueba '{}', media sobre {} grupos ({}): {}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="32"/>
        <source>Group &apos;{}&apos;, test set &apos;{}&apos;: {} landslide cells, {} others, ROC-AUC {:.3f}.</source>
        <translation>Grupo '{}', conjunto de prueba '{}': {} celdas de deslizamiento, {} otras, ROC-AUC {:.3f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="225"/>
        <source>Trains the fully convolutional encoder-decoder of Fan et al. 2025 (National Science Review): it maps every cell of a window at once. Windows (448 cells, 20 % overlap by default) are cut from the factor rasters; their labels come from the mapped landslides as Poisson soft labels (1 on landslides, falling to 0 around them) or as the binary mask.

Seeded shares of the windows are held out for the test and for choosing the best epoch (cells no training window covers); test metrics come per kind (&apos;random&apos;, &apos;area&apos;) with bootstrap intervals in run records. A group field (event, region) adds leave-one-group-out validation: per group, an FCN trained on the windows away from that group&apos;s region is tested on it (fold table, mean and 95 % interval). The help link gives the network, the equation and its boundary values.</source>
        <translation>Entrena el codificador-decodificador totalmente convolucional de Fan et al. 2025 (National Science Review): mapea todas las celdas de una ventana a la vez. Las ventanas (448 celdas, 20 % de solape por defecto) se recortan de los ráster de factores; sus etiquetas vienen de los deslizamientos cartografiados, como etiquetas suaves de Poisson (1 en los deslizamientos, bajando a 0 a su alrededor) o como máscara binaria.

Proporciones de ventanas sorteadas con la semilla se reservan para la prueba y para elegir la mejor época (celdas que ninguna ventana de entrenamiento cubre); las métricas de prueba se dan por tipo ('random', 'area') con intervalos bootstrap en los registros de ejecución. Un campo de grupo (evento, región) añade una validación dejando un grupo fuera: para cada grupo, una FCN entrenada con las ventanas alejadas de la región de ese grupo se prueba en ella (tabla de pliegues, media e intervalo del 95 %). El enlace de ayuda da la red, la ecuación y sus condiciones de contorno.</translation>
    </message>
</context>
<context>
    <name>TrainLsnetAlgorithm</name>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="34"/>
        <source>The sample layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="63"/>
        <source>No sample of layer &apos;{}&apos; falls on the factor rasters: check that the layer and the rasters cover the same area (CRS {} vs the rasters&apos;).</source>
        <translation>Ninguna muestra de la capa '{}' cae sobre los ráster de factores: verifique que la capa y los ráster cubran la misma zona (SRC {} frente al de los ráster).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="71"/>
        <source>{} sample(s) of &apos;{}&apos; fall outside the factor rasters and are left out.</source>
        <translation>{} muestra(s) de '{}' caen fuera de los ráster de factores y se omiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="100"/>
        <source>{} sample(s) lie on nodata cells of a factor and are left out.</source>
        <translation>{} muestra(s) están sobre celdas nodata de un factor y se omiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="355"/>
        <source>{} training, {} validation and {} test samples; patch {} cells, {} blocks {}, dense {}.</source>
        <translation>{} muestras de entrenamiento, {} de validación y {} de prueba; parche de {} celdas, {} bloques {}, densa {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="142"/>
        <source>LSNet training ({})</source>
        <translation>Entrenamiento LSNet ({})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="226"/>
        <source>Train LSNet (CNN on factor patches)</source>
        <translation>Entrenar LSNet (CNN sobre parches de factores)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="325"/>
        <source>The patch size {} is larger than the factor rasters ({} x {} cells): choose a smaller patch, e.g. {}.</source>
        <translation>El tamaño de parche {} es mayor que los ráster de factores ({} x {} celdas): elija un parche más pequeño, p. ej., {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="46"/>
        <source>No test samples of both classes: the metrics are on the training samples (optimistic).</source>
        <translation>No hay muestras de prueba de ambas clases: las métricas se calculan sobre las muestras de entrenamiento (optimista).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="59"/>
        <source>Test set &apos;{}&apos; ({} landslides, {} negatives): ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).</source>
        <translation>Conjunto de prueba '{}' ({} deslizamientos, {} negativos): ROC-AUC {:.3f}, G-mean {:.3f} (mejor época {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="129"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}): give the names of the layers (or stack band descriptions) that hold class codes.</source>
        <translation>El/los factor(es) categórico(s) {} no está(n) entre los ráster de factores ({}): indique los nombres de las capas (o las descripciones de las bandas de la pila) que contienen códigos de clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="150"/>
        <source>Categorical factor &apos;{}&apos;: {} one-hot channels for classes {}.</source>
        <translation>Factor categórico '{}': {} canales one-hot para las clases {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="368"/>
        <source>Fusion {}, {} input channels; device: {}</source>
        <translation>Fusión {}, {} canales de entrada; dispositivo: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="227"/>
        <source>Trains LSNet (Zhang et al. 2022, Geoscience Letters 9:26), a convolutional network that reads a square patch of the factor rasters around a cell and gives the landslide probability of that cell.

Samples: points with a 0/1 label field; a split field (&apos;train&apos;/&apos;test&apos;) keeps the test samples for the final metrics, else a seeded test share is held out. Test metrics come per negative kind (&apos;random&apos;, &apos;rn&apos;) with bootstrap intervals. Categorical factors enter one-hot; early or late fusion.

Outputs: an LSNet bundle for lsm:lsnetpredict, the training curves (table and PNG) and run records. The help link gives the architecture, training and nodata details.</source>
        <translation>Entrena LSNet (Zhang et al. 2022, Geoscience Letters 9:26), una red convolucional que lee un parche cuadrado de los ráster de factores alrededor de una celda y da la probabilidad de deslizamiento de esa celda.

Muestras: puntos con un campo de etiqueta 0/1; un campo de partición ('train'/'test') reserva las muestras de prueba para las métricas finales; si no, se reserva una proporción de prueba extraída con la semilla. Las métricas de prueba se dan por tipo de negativo ('random', 'rn') con intervalos bootstrap. Los factores categóricos entran en one-hot; fusión temprana o tardía.

Salidas: un paquete de modelo LSNet para lsm:lsnetpredict, las curvas de entrenamiento (tabla y PNG) y las fichas de ejecución. El enlace de ayuda da los detalles de la arquitectura, el entrenamiento y el tratamiento de nodata.</translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/trainmodel.py" line="82"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="88"/>
        <source>Model type; the bundle and run record name it by its key ({}).</source>
        <translation>Tipo de modelo; el paquete y la ficha de ejecución lo nombran por su clave ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="94"/>
        <source>Imbalance ratio (negatives per landslide; 0 = all negatives)</source>
        <translation>Razón de desbalance (negativos por deslizamiento; 0 = todos los negativos)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="101"/>
        <source>1 = balanced benchmark; Fu et al. 2024 use 1:2.5 to 1:200.</source>
        <translation>1 = referencia balanceada; Fu et al. 2024 usan de 1:2.5 a 1:200.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="102"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Parámetros del modelo (nombre=valor; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Hyper-parameter search by cross-validation</source>
        <translation>Búsqueda de hiperparámetros por validación cruzada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Stratified folds</source>
        <translation>Pliegues estratificados</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Spatial blocks</source>
        <translation>Bloques espaciales</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="164"/>
        <source>Cross-validation folds</source>
        <translation>Pliegues de validación cruzada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="172"/>
        <source>Spatial block size (map units)</source>
        <translation>Tamaño de los bloques espaciales (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>Cross-validation score</source>
        <translation>Puntaje de validación cruzada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="202"/>
        <source>Search grid (name=v1,v2; ...; empty = default grid)</source>
        <translation>Cuadrícula de búsqueda (nombre=v1,v2; ...; vacío = cuadrícula por defecto)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="116"/>
        <source>The factor rasters the model will be applied to: their names are checked against the factor fields and their CRS and cell size are recorded in the bundle.</source>
        <translation>Los ráster de factores a los que se aplicará el modelo: sus nombres se comparan con los campos de factores y su SRC y tamaño de celda se registran en el paquete.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="129"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="138"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="138"/>
        <source>LSM model bundle (*{})</source>
        <translation>Paquete de modelo LSM (*{})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="143"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="145"/>
        <source>ROC-AUC (test rows, else training)</source>
        <translation>ROC-AUC (filas de prueba; si no, entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="146"/>
        <source>Balanced accuracy (test rows, else training)</source>
        <translation>Exactitud balanceada (filas de prueba; si no, entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="237"/>
        <source>Training {} on {} landslides and {} negatives (1:{:.3g}) from &apos;{}&apos;; {} test rows.</source>
        <translation>Entrenando {} con {} deslizamientos y {} negativos (1:{:.3g}) de '{}'; {} filas de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="75"/>
        <source>Give a spatial block size above 0 map units.</source>
        <translation>Indique un tamaño de bloque espacial mayor que 0 unidades del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="96"/>
        <source>Best parameters by {} {} CV: {}</source>
        <translation>Mejores parámetros por {} en VC {}: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="108"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="277"/>
        <source>Model bundle written: {}</source>
        <translation>Paquete de modelo escrito: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="142"/>
        <source>Factor field(s) {} have no raster of that name among the factor rasters ({}); name the rasters as the fields when you apply the model (lsm:predictraster matches them by name).</source>
        <translation>El/los campo(s) de factor {} no tienen un ráster con ese nombre entre los ráster de factores ({}); nombre los ráster como los campos cuando aplique el modelo (lsm:predictraster los asocia por nombre).</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="155"/>
        <source>{} ({} landslides, {} negatives): OA {:.3f}, precision {:.3f}, sensitivity {:.3f}, specificity {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} at threshold {:.2f}</source>
        <translation>{} ({} deslizamientos, {} negativos): OA {:.3f}, precisión {:.3f}, sensibilidad {:.3f}, especificidad {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} en el umbral {:.2f}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="228"/>
        <source>Train susceptibility model</source>
        <translation>Entrenar modelo de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="102"/>
        <source>Overrides of the model&apos;s defaults, e.g. &apos;n_estimators=300; max_depth=12&apos; (the names and defaults of each model are in the help link).</source>
        <translation>Valores que reemplazan los valores por defecto del modelo, p. ej., 'n_estimators=300; max_depth=12' (los nombres y valores por defecto de cada modelo están en el enlace de ayuda).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="123"/>
        <source>Seed of every random draw: the same seed and data give the same model.</source>
        <translation>Semilla de cada extracción aleatoria: la misma semilla y los mismos datos dan el mismo modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="129"/>
        <source>Write the run&apos;s record (metrics, curves, parameters) into the run store for the metrics dock.</source>
        <translation>Escribir la ficha de la ejecución (métricas, curvas, parámetros) en el registro de ejecuciones para el panel de métricas.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Grid search on the training rows: folds stratified by class, or folds of whole square blocks (neighbouring cells never on both sides). The best combination is refitted on all training rows.</source>
        <translation>Búsqueda en cuadrícula sobre las filas de entrenamiento: pliegues estratificados por clase, o pliegues de bloques cuadrados enteros (celdas vecinas nunca quedan a ambos lados). La mejor combinación se reajusta con todas las filas de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="167"/>
        <source>Number of folds of the cross-validation (5 is usual in susceptibility studies).</source>
        <translation>Número de pliegues de la validación cruzada (5 es lo habitual en los estudios de susceptibilidad).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="179"/>
        <source>Side of the square blocks of the spatial cross-validation, in the samples&apos; map units.</source>
        <translation>Lado de los bloques cuadrados de la validación cruzada espacial, en unidades del mapa de las muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>The score the grid search maximises.</source>
        <translation>El puntaje que maximiza la búsqueda en cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="202"/>
        <source>Values to try, e.g. &apos;n_estimators=100,300; max_depth=8,16&apos;; empty: a small default grid per model.</source>
        <translation>Valores a probar, p. ej., 'n_estimators=100,300; max_depth=8,16'; vacío: una pequeña cuadrícula por defecto por modelo.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="229"/>
        <source>Trains a landslide susceptibility model on samples (landslides 1, negatives 0) and saves it as a model bundle (.lsmodel) for lsm:predictraster and lsm:evaluatemodel.

Models: balanced random forest, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), the benchmarks rf and dnn, SVM, kernel and plain logistic regression. With a ratio r &gt; 0, r training negatives per landslide are drawn; 0 uses all. &apos;test&apos; rows give the test metrics; an optional cross-validated grid search picks the parameters.

SECURITY: a bundle holds a Python pickle: open only bundles you trust. See the help link for the model parameters and the bundle format.</source>
        <translation>Entrena un modelo de susceptibilidad a deslizamientos con muestras (deslizamientos 1, negativos 0) y lo guarda como paquete de modelo (.lsmodel) para lsm:predictraster y lsm:evaluatemodel.

Modelos: bosque aleatorio balanceado, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), las referencias rf y dnn, SVM, regresión logística con núcleo y simple. Con una razón r &gt; 0, se extraen r negativos de entrenamiento por deslizamiento; 0 los usa todos. Las filas 'test' dan las métricas de prueba; una búsqueda en cuadrícula opcional con validación cruzada elige los parámetros.

SEGURIDAD: un paquete contiene un pickle de Python: abra solo paquetes de confianza. Vea el enlace de ayuda para los parámetros de los modelos y el formato del paquete.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="113"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>Balanced accuracy</source>
        <translation>Exactitud balanceada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>G-mean</source>
        <translation>G-mean</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>F1 score</source>
        <translation>Puntaje F1</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="117"/>
        <source>Test &apos;{}&apos;</source>
        <translation>Prueba '{}'</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="230"/>
        <source>Balanced random forest</source>
        <translation>Bosque aleatorio balanceado</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="231"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (miembros AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="232"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="233"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + red neuronal profunda</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="234"/>
        <source>Random forest (benchmark)</source>
        <translation>Bosque aleatorio (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="235"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Red neuronal profunda (referencia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="236"/>
        <source>Support vector machine (RBF)</source>
        <translation>Máquina de vectores de soporte (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="237"/>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="238"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Regresión logística de núcleo (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="239"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM con atención espacial (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="240"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Red convolucional 1D sobre los factores (línea base CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="241"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Razón de frecuencia (sumada, normalizada 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="242"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valor informativo (sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="243"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Pesos de evidencia (contraste sumado, normalizado 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="244"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Regresión logística con tabla de coeficientes (sin penalización)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="245"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Potenciación del gradiente (LightGBM, clases balanceadas)</translation>
    </message>
</context>
<context>
    <name>UnitClassesAlgorithm</name>
    <message>
        <location filename="../algorithms/unitclasses.py" line="71"/>
        <source>Mapping units</source>
        <translation>Unidades de mapeo</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="71"/>
        <source>Polygons with the value to classify (lsm:predictunits output).</source>
        <translation>Polígonos con el valor por clasificar (salida de lsm:predictunits).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="76"/>
        <source>Value field</source>
        <translation>Campo de valor</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="76"/>
        <source>The field to classify; higher values rank first in the rate curves. NULL units stay unclassed.</source>
        <translation>El campo por clasificar; los valores más altos van primero en las curvas de tasa. Las unidades NULL quedan sin clasificar.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="86"/>
        <source>Number of classes</source>
        <translation>Número de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="86"/>
        <source>Jenks classes (2 to 20).</source>
        <translation>Clases de Jenks (de 2 a 20).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>Weight of a unit</source>
        <translation>Peso de una unidad</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>one per unit</source>
        <translation>uno por unidad</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>its area</source>
        <translation>su área</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>Each unit counts once in the Jenks fit, or in proportion to its area (a weighted fit).</source>
        <translation>Cada unidad cuenta una vez en el ajuste de Jenks, o en proporción a su área (un ajuste ponderado).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="111"/>
        <source>Landslides per unit (count, 0/1 presence or landslide area) for the {}.</source>
        <translation>Deslizamientos por unidad (conteo, presencia 0/1 o área de deslizamiento), para: {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="120"/>
        <source>Class field</source>
        <translation>Campo de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="120"/>
        <source>Name of the class field written on the units.</source>
        <translation>Nombre del campo de clase escrito en las unidades.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="125"/>
        <source>Classed units</source>
        <translation>Unidades clasificadas</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="126"/>
        <source>Class table</source>
        <translation>Tabla de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="129"/>
        <source>Rate curves (CSV)</source>
        <translation>Curvas de tasa (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="144"/>
        <source>The unit layer could not be opened.</source>
        <translation>No se pudo abrir la capa de unidades.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="159"/>
        <source>Jenks breaks of &apos;{}&apos; ({}-weighted): {}; GVF {:.4f}.</source>
        <translation>Cortes de Jenks de '{}' (ponderados por {}): {}; GVF {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="206"/>
        <source>{}-rate curve by unit area: AUC {:.4f}.</source>
        <translation>Curva de tasa ({}) por área de unidades: AUC {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="232"/>
        <source>The landslide field &apos;{}&apos; holds negative values ({}): give counts, 0/1 or areas.</source>
        <translation>El campo de deslizamientos '{}' contiene valores negativos ({}): indique conteos, 0/1 o áreas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="246"/>
        <source>Unit classes and rate curves</source>
        <translation>Clases de unidades y curvas de tasa</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="247"/>
        <source>Exact Jenks natural breaks of a numeric field of mapping units (a susceptibility from lsm:predictunits), each unit weighing 1 or its area; a class field (1 = lowest), a class table (units, area %, landslide %) and, with landslide fields, success- and prediction-rate curves by unit area (units ranked by the value: cumulative landslide share against cumulative area share) with their AUC.</source>
        <translation>Cortes naturales de Jenks exactos de un campo numérico de unidades de mapeo (una susceptibilidad de lsm:predictunits), con cada unidad pesando 1 o su área; un campo de clase (1 = la más baja), una tabla de clases (unidades, % de área, % de deslizamientos) y, con campos de deslizamientos, curvas de tasa de éxito y de predicción por área de unidades (unidades ordenadas por el valor: proporción acumulada de deslizamientos frente a proporción acumulada de área) con su AUC.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="248"/>
        <source>Landslide field (training)</source>
        <translation>Campo de deslizamientos (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="249"/>
        <source>Landslide field (test)</source>
        <translation>Campo de deslizamientos (prueba)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="250"/>
        <source>success-rate curve and the class table&apos;s landslide %</source>
        <translation>curva de tasa de éxito y % de deslizamientos de la tabla de clases</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="251"/>
        <source>prediction-rate curve</source>
        <translation>curva de tasa de predicción</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="252"/>
        <source>Goodness of variance fit</source>
        <translation>Bondad de ajuste de la varianza</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="253"/>
        <source>Success-rate AUC</source>
        <translation>AUC de la tasa de éxito</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="254"/>
        <source>Prediction-rate AUC</source>
        <translation>AUC de la tasa de predicción</translation>
    </message>
</context>
<context>
    <name>UnitFactorsAlgorithm</name>
    <message>
        <location filename="../algorithms/unitfactors.py" line="62"/>
        <source>Mapping units</source>
        <translation>Unidades de mapeo</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="62"/>
        <source>Polygons of the mapping units (a partition: where units overlap a cell counts for one only).</source>
        <translation>Polígonos de las unidades de mapeo (una partición: donde las unidades se superponen, una celda cuenta solo para una).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="69"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="69"/>
        <source>Factor rasters on one grid, in the units&apos; CRS; single bands are named after the layer.</source>
        <translation>Ráster de factores en una misma cuadrícula, en el SRC de las unidades; las bandas únicas se nombran según la capa.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="74"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="74"/>
        <source>Factors holding class codes: their majority class and the share of each class per unit.</source>
        <translation>Factores que contienen códigos de clase: su clase mayoritaria y la proporción de cada clase por unidad.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Statistics of continuous factors</source>
        <translation>Estadísticas de los factores continuos</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Standard deviation</source>
        <translation>Desviación estándar</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Per-unit statistics; the median is exact up to 16 million grid cells, above from per-unit histograms (the log gives the largest error).</source>
        <translation>Estadísticas por unidad; la mediana es exacta hasta 16 millones de celdas de cuadrícula; por encima, proviene de histogramas por unidad (el registro da el mayor error).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="97"/>
        <source>Landslide inventory</source>
        <translation>Inventario de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="97"/>
        <source>Points (counted in the unit that contains them) or polygons (counted in every unit they touch, with the share of the unit&apos;s area they cover).</source>
        <translation>Puntos (contados en la unidad que los contiene) o polígonos (contados en cada unidad que tocan, con la proporción del área de la unidad que cubren).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="120"/>
        <source>Units with factors</source>
        <translation>Unidades con factores</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="121"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="122"/>
        <source>Units without a cell</source>
        <translation>Unidades sin celda</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="128"/>
        <source>The unit layer could not be opened.</source>
        <translation>No se pudo abrir la capa de unidades.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="132"/>
        <source>Choose at least one factor raster.</source>
        <translation>Elija al menos un ráster de factor.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="137"/>
        <source>factor rasters</source>
        <translation>ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="139"/>
        <source>&apos;{}&apos;: {} unit(s), {} factor(s).</source>
        <translation>'{}': {} unidad(es), {} factor(es).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="172"/>
        <source>Choose at least one statistic (mean, median or standard deviation).</source>
        <translation>Elija al menos una estadística (media, mediana o desviación estándar).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="183"/>
        <source>&apos;{}&apos;: {} unit(s) hold a landslide ({} landslide hit(s) in all).</source>
        <translation>'{}': {} unidad(es) contienen un deslizamiento ({} coincidencia(s) de deslizamiento en total).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="255"/>
        <source>Unit factors (zonal statistics of mapping units)</source>
        <translation>Factores por unidad (estadísticas zonales de las unidades de mapeo)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="123"/>
        <source>Factor fields (comma separated)</source>
        <translation>Campos de factores (separados por comas)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="256"/>
        <source>Adds per-unit factor statistics to a polygon layer of mapping units (slope units, basins): mean, median and standard deviation of continuous factors (fields &lt;factor&gt;_mean, _median, _std), majority and class shares of categorical ones, and the landslide response from an inventory: ls_count, ls_presence (count &gt;= 1) and, for polygon inventories, ls_area_share. Cells belong to the unit covering their centre. Streamed block by block: memory grows with the units, not the raster.

The output is a sample layer for lsm:trainmodel and lsm:crossvalidate (label field ls_presence); the FACTOR_FIELDS output lists its factor fields (statistics and class shares) for them.</source>
        <translation>Añade estadísticas de factores por unidad a una capa de polígonos de unidades de mapeo (unidades de ladera, cuencas): media, mediana y desviación estándar de los factores continuos (campos &lt;factor&gt;_mean, _median, _std), clase mayoritaria y proporciones de clases de los categóricos, y la respuesta de deslizamientos de un inventario: ls_count, ls_presence (conteo &gt;= 1) y, para inventarios de polígonos, ls_area_share. Cada celda pertenece a la unidad que cubre su centro. Procesamiento en flujo bloque por bloque: la memoria crece con las unidades, no con el ráster.

La salida es una capa de muestras para lsm:trainmodel y lsm:crossvalidate (campo de etiqueta ls_presence); la salida FACTOR_FIELDS enumera sus campos de factores (estadísticas y proporciones de clases) para ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="110"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the block pass of the zonal statistics runs as one task per block on its workers, which read the factor rasters and the rasterised units (in QGIS&apos;s Processing temporary folder) from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the result is the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Dirección de un planificador Dask distributed en ejecución (p. ej. tcp://10.0.0.5:8786): el recorrido por bloques de las estadísticas zonales se ejecuta como una tarea por bloque en sus workers, que leen los rásteres de factores y las unidades rasterizadas (en la carpeta temporal de Processing de QGIS) en las mismas rutas (legibles allí), con numpy, GDAL y este complemento importable como 'landslide_susceptibility'; el resultado es el mismo que en una ejecución aquí. Requiere el paquete 'distributed'. Vacío: ejecutar aquí.</translation>
    </message>
</context>
<context>
    <name>UnitNegativesAlgorithm</name>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="64"/>
        <source>Mapping units</source>
        <translation>Unidades de mapeo</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="64"/>
        <source>Polygons with factor fields and a landslide count (lsm:unitfactors output).</source>
        <translation>Polígonos con campos de factores y un conteo de deslizamientos (salida de lsm:unitfactors).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="69"/>
        <source>Landslide count field</source>
        <translation>Campo de conteo de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="69"/>
        <source>Landslides per unit (0, 1, 2, ...; default ls_count); units with 0 are the unlabeled units.</source>
        <translation>Deslizamientos por unidad (0, 1, 2, ...; ls_count por defecto); las unidades con 0 son las unidades no etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="84"/>
        <source>Factor fields</source>
        <translation>Campos de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="84"/>
        <source>The unit attributes the prior model learns from (e.g. slope_mean, elev_mean).</source>
        <translation>Los atributos de las unidades a partir de los cuales aprende el modelo a priori (p. ej., slope_mean, elev_mean).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="96"/>
        <source>Categorical factor fields (one-hot encoded)</source>
        <translation>Campos de factores categóricos (codificados en one-hot)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="96"/>
        <source>Factors holding class codes (majority lithology); they must be among the factor fields.</source>
        <translation>Factores que contienen códigos de clase (litología mayoritaria); deben estar entre los campos de factores.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="111"/>
        <source>Landslides for a landslide unit</source>
        <translation>Deslizamientos para una unidad con deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="111"/>
        <source>A unit with at least this many landslides is a landslide unit (1: presence, count &gt;= 1).</source>
        <translation>Una unidad con al menos este número de deslizamientos es una unidad con deslizamientos (1: presencia, conteo &gt;= 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="118"/>
        <source>PU method</source>
        <translation>Método PU</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="118"/>
        <source>How the prior is fitted: the two-step spy technique or Bagging-PU.</source>
        <translation>Cómo se ajusta el a priori: la técnica de espías en dos etapas o Bagging-PU.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="126"/>
        <source>Seed of the spies, the forests and the draw: same seed, same units.</source>
        <translation>Semilla de los espías, los bosques y la extracción: misma semilla, mismas unidades.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="130"/>
        <source>Units with reliable negatives</source>
        <translation>Unidades con negativos confiables</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="133"/>
        <source>Reliable-negative units</source>
        <translation>Unidades de negativos confiables</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="134"/>
        <source>Spy threshold</source>
        <translation>Umbral de espías</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Spy fraction</source>
        <translation>Fracción de espías</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Share of the landslide units hidden among the unlabeled as spies (Fu et al. 2024: 0.15).</source>
        <translation>Proporción de las unidades con deslizamientos ocultas entre las no etiquetadas como espías (Fu et al. 2024: 0,15).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Spy noise share</source>
        <translation>Proporción de ruido de los espías</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Share of spies allowed below the threshold (Liu et al. 2002: 0.05).</source>
        <translation>Proporción de espías admitidos bajo el umbral (Liu et al. 2002: 0,05).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Trees</source>
        <translation>Árboles</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Trees of the step forests.</source>
        <translation>Árboles de los bosques de las etapas.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Jenks classes of the prior</source>
        <translation>Clases de Jenks del a priori</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Exact Jenks classes of the units&apos; prior (1 = very low).</source>
        <translation>Clases de Jenks exactas del a priori de las unidades (1 = muy baja).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Prior classes giving negatives</source>
        <translation>Clases a priori que dan los negativos</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>The unlabeled units of these prior classes are the reliable negatives (Fu et al. 2024: 1,2).</source>
        <translation>Las unidades no etiquetadas de estas clases a priori son los negativos confiables (Fu et al. 2024: 1,2).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Reliable negatives per landslide unit (0 = all)</source>
        <translation>Negativos fiables por unidad con deslizamientos (0 = todos)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>0 keeps every unlabeled unit of the negative classes; above 0 draws at most this many per landslide unit.</source>
        <translation>0 conserva todas las unidades no etiquetadas de las clases negativas; por encima de 0, extrae como máximo este número por unidad con deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="195"/>
        <source>The unit layer could not be opened.</source>
        <translation>No se pudo abrir la capa de unidades.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="232"/>
        <source>Choose the factor fields of the unit layer &apos;{}&apos;.</source>
        <translation>Elija los campos de factores de la capa de unidades '{}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="234"/>
        <source>The count field &apos;{}&apos; is also chosen as a factor: remove it from the factor fields.</source>
        <translation>El campo de conteo '{}' también está elegido como factor: quítelo de los campos de factores.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="241"/>
        <source>Categorical field(s) {} are not among the factor fields; add them there too.</source>
        <translation>El/los campo(s) categórico(s) {} no está(n) entre los campos de factores; añádalos también allí.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="267"/>
        <source>&apos;{}&apos;: {} landslide unit(s), {} unlabeled; prior Jenks breaks {}; {} unlabeled unit(s) in the negative classes, {} reliable negative(s).</source>
        <translation>'{}': {} unidad(es) con deslizamientos, {} no etiquetada(s); cortes de Jenks del a priori {}; {} unidad(es) no etiquetada(s) en las clases negativas, {} negativo(s) fiable(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="281"/>
        <source>{} spies, spy threshold {:.4f}.</source>
        <translation>{} espías, umbral de espías {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="257"/>
        <source>Reliable-negative units (spy technique on units)</source>
        <translation>Unidades de negativos confiables (técnica de espías sobre unidades)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="258"/>
        <source>Positive-unlabeled sampling on mapping units: units with at least the threshold of landslides are landslide units, units with none are unlabeled. The spy technique (a share of the landslide units hidden among the unlabeled) or Bagging-PU fits a prior model on the unit attributes; its exact Jenks classes over the units give the reliable negatives: the unlabeled units of the low classes. Writes the units with label (1 landslide, 0 reliable negative, NULL otherwise), negative_kind, prior and prior_class: a sample layer for lsm:trainmodel and lsm:crossvalidate (label field &apos;label&apos;).</source>
        <translation>Muestreo positivo-no etiquetado sobre unidades de mapeo: las unidades con al menos el umbral de deslizamientos son unidades con deslizamientos; las que no tienen ninguno son no etiquetadas. La técnica de espías (una proporción de las unidades con deslizamientos oculta entre las no etiquetadas) o Bagging-PU ajusta un modelo a priori sobre los atributos de las unidades; sus clases de Jenks exactas sobre las unidades dan los negativos confiables: las unidades no etiquetadas de las clases bajas. Escribe las unidades con label (1 deslizamiento, 0 negativo confiable, NULL en otro caso), negative_kind, prior y prior_class: una capa de muestras para lsm:trainmodel y lsm:crossvalidate (campo de etiqueta 'label').</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="259"/>
        <source>Spy technique (Fu et al. 2024)</source>
        <translation>Técnica de espías (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="260"/>
        <source>Bagging-PU (Mordelet and Vert 2014)</source>
        <translation>Bagging-PU (Mordelet y Vert 2014)</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../algorithms/_evaluation.py" line="23"/>
        <source>  95 % intervals (stratified bootstrap, {} resamples, seed {}): {}</source>
        <translation>  intervalos del 95 % (bootstrap estratificado, {} remuestreos, semilla {}): {}</translation>
    </message>
</context>
</TS>
