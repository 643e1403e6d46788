"""Offline geoparsing: place mentions in text resolved against a GeoNames-based gazetteer.

``Geoparser.default()`` opens (building on first use) the index in ``~/.cache/veille/geo`` (or
``$VEILLE_CACHE_DIR/geo``); ``Geoparser.parse(text, entities)`` returns ``PlaceMention``s.
"""

from veille.geo.build import INDEX_VERSION, build_index
from veille.geo.focus import country_from_url
from veille.geo.gazetteer import Candidate, Gazetteer, Place, default_cache_dir, haversine_km
from veille.geo.parser import Geoparser, to_location
from veille.geo.resolve import Weights

__all__ = [
    "INDEX_VERSION",
    "Candidate",
    "Gazetteer",
    "Geoparser",
    "Place",
    "Weights",
    "build_index",
    "country_from_url",
    "default_cache_dir",
    "haversine_km",
    "to_location",
]
