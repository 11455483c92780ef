"""What differs between QGIS 3.22 and QGIS 3.40 / 3.44 / 4 (Qt 6), in one place.

QGIS 3.36 moved the Processing enums into `Qgis` (`Qgis.ProcessingSourceType.Raster` for
`QgsProcessing.TypeRaster`, ...), 3.30 the geometry enums (`Qgis.WkbType`), 3.32 added
`parameterAsStrings` (deprecating `parameterAsFields`) and 3.38 took field types as `QMetaType`
(`QgsField(name, QVariant.Double)` warns there). QGIS 4 drops the old names. Every algorithm uses the
names below, which are the new ones where this QGIS has them and the old ones on older QGIS, so the
plugin runs from 3.22 on without a deprecation warning. tests/unit/test_qt6_scan.py keeps the old
names out of the other modules.
"""

from qgis.core import (
    Qgis,
    QgsColorRampShader,
    QgsField,
    QgsProcessing,
    QgsProcessingModelChildParameterSource,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRasterBandStats,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

if hasattr(Qgis, "ProcessingSourceType"):  # QGIS >= 3.36
    _SOURCE = Qgis.ProcessingSourceType
    TYPE_RASTER = _SOURCE.Raster
    TYPE_FILE = _SOURCE.File
    TYPE_VECTOR = _SOURCE.Vector
    TYPE_VECTOR_ANY = _SOURCE.VectorAnyGeometry
    TYPE_VECTOR_POINT = _SOURCE.VectorPoint
    TYPE_VECTOR_POLYGON = _SOURCE.VectorPolygon
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    BEHAVIOR_FILE = Qgis.ProcessingFileParameterBehavior.File
    BEHAVIOR_FOLDER = Qgis.ProcessingFileParameterBehavior.Folder
    FLAG_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    FLAG_OPTIONAL = Qgis.ProcessingParameterFlag.Optional
    FLAG_HIDDEN = Qgis.ProcessingParameterFlag.Hidden
else:  # QGIS 3.22 - 3.34: the class-scoped enums (scoped access works with PyQt5)
    TYPE_RASTER = QgsProcessing.SourceType.TypeRaster
    TYPE_FILE = QgsProcessing.SourceType.TypeFile
    TYPE_VECTOR = QgsProcessing.SourceType.TypeVector
    TYPE_VECTOR_ANY = QgsProcessing.SourceType.TypeVectorAnyGeometry
    TYPE_VECTOR_POINT = QgsProcessing.SourceType.TypeVectorPoint
    TYPE_VECTOR_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    BEHAVIOR_FILE = QgsProcessingParameterFile.Behavior.File
    BEHAVIOR_FOLDER = QgsProcessingParameterFile.Behavior.Folder
    FLAG_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    FLAG_OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional
    FLAG_HIDDEN = QgsProcessingParameterDefinition.Flag.FlagHidden

if hasattr(Qgis, "ProcessingModelChildParameterSource"):  # QGIS >= 3.34
    MODEL_SOURCE_EXPRESSION = Qgis.ProcessingModelChildParameterSource.Expression
else:
    MODEL_SOURCE_EXPRESSION = QgsProcessingModelChildParameterSource.Source.Expression

if hasattr(Qgis, "ProcessingFieldParameterDataType"):  # QGIS >= 3.36
    FIELD_ANY = Qgis.ProcessingFieldParameterDataType.Any
    FIELD_NUMERIC = Qgis.ProcessingFieldParameterDataType.Numeric
    FIELD_STRING = Qgis.ProcessingFieldParameterDataType.String
else:
    FIELD_ANY = QgsProcessingParameterField.DataType.Any
    FIELD_NUMERIC = QgsProcessingParameterField.DataType.Numeric
    FIELD_STRING = QgsProcessingParameterField.DataType.String

if hasattr(Qgis, "ShaderInterpolationMethod"):  # QGIS >= 3.38
    SHADER_INTERPOLATED = Qgis.ShaderInterpolationMethod.Linear
else:
    SHADER_INTERPOLATED = QgsColorRampShader.Type.Interpolated

if hasattr(Qgis, "WkbType"):  # QGIS >= 3.30 (units moved into Qgis in the same release)
    WKB_NO_GEOMETRY = Qgis.WkbType.NoGeometry
    WKB_POINT = Qgis.WkbType.Point
    GEOMETRY_POINT = Qgis.GeometryType.Point
    GEOMETRY_LINE = Qgis.GeometryType.Line
    GEOMETRY_POLYGON = Qgis.GeometryType.Polygon
    LAYOUT_MILLIMETERS = Qgis.LayoutUnit.Millimeters
    DISTANCE_METERS = Qgis.DistanceUnit.Meters
    DISTANCE_KILOMETERS = Qgis.DistanceUnit.Kilometers
else:
    WKB_NO_GEOMETRY = QgsWkbTypes.Type.NoGeometry
    WKB_POINT = QgsWkbTypes.Type.Point
    GEOMETRY_POINT = QgsWkbTypes.GeometryType.PointGeometry
    GEOMETRY_LINE = QgsWkbTypes.GeometryType.LineGeometry
    GEOMETRY_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
    LAYOUT_MILLIMETERS = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    DISTANCE_METERS = QgsUnitTypes.DistanceUnit.DistanceMeters
    DISTANCE_KILOMETERS = QgsUnitTypes.DistanceUnit.DistanceKilometers

NEW_BAND_STATISTICS = hasattr(Qgis, "RasterBandStatistic")  # QGIS >= 3.36
if NEW_BAND_STATISTICS:
    STATS_MIN_MAX = Qgis.RasterBandStatistic.Min | Qgis.RasterBandStatistic.Max
else:
    STATS_MIN_MAX = QgsRasterBandStats.Stats.Min | QgsRasterBandStats.Stats.Max

#: field kinds of make_field: QMetaType types from QGIS 3.38 on, QVariant types before
if QGIS_VERSION_INT >= 33800:
    FIELD_TYPES = {
        "str": QMetaType.Type.QString,
        "int": QMetaType.Type.Int,
        "long": QMetaType.Type.LongLong,
        "double": QMetaType.Type.Double,
    }
else:
    FIELD_TYPES = {
        "str": QVariant.Type.String,
        "int": QVariant.Type.Int,
        "long": QVariant.Type.LongLong,
        "double": QVariant.Type.Double,
    }


def make_field(name, kind, length=0):
    """A QgsField of *kind* ('str', 'int', 'long' or 'double'), with *length* for strings."""
    if kind not in FIELD_TYPES:
        raise ValueError(f"unknown field kind {kind!r}: one of {sorted(FIELD_TYPES)}")
    return QgsField(name, FIELD_TYPES[kind], len=length)


def geometry_type(wkb_type):
    """The geometry type (compare with GEOMETRY_POINT / GEOMETRY_POLYGON) of a WKB type."""
    return QgsWkbTypes.geometryType(wkb_type)


def parameter_as_strings(alg, parameters, name, context):
    """The field names / strings of parameter *name* (parameterAsStrings from 3.32, parameterAsFields
    before; the latter is deprecated from 3.32 on)."""
    if hasattr(alg, "parameterAsStrings"):
        return alg.parameterAsStrings(parameters, name, context)
    return alg.parameterAsFields(parameters, name, context)


def band_min_max(provider, band=1):
    """(min, max) of a raster provider's band, from its full statistics (one pass over the band).

    From 3.36 on, the statistics flags select the deprecated int overload of bandStatistics whatever
    their type, so there the call takes the default (every statistic, min and max among them)."""
    if NEW_BAND_STATISTICS:
        stats = provider.bandStatistics(band)
    else:
        stats = provider.bandStatistics(band, STATS_MIN_MAX)
    return stats.minimumValue, stats.maximumValue


def set_label_format(label, text_format):
    """Font, size and colour of a QgsLayoutItemLabel from a QgsTextFormat: setTextFormat from QGIS 3.24
    on, where setFont / setFontColor are deprecated; those two before."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(text_format)
    else:
        label.setFont(text_format.font())
        label.setFontColor(text_format.color())
