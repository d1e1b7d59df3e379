"""What every request shares: the store path, one read-only connection per thread, the geo index."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from frontwatch.web import geo, queries


class WebContext:
    """Per-app state. Connections are read-only (``mode=ro``) unless the app was made writable."""

    def __init__(self, db_path: str | Path, *, writable: bool = False, tile_url: str = "") -> None:
        self.db_path = Path(db_path)
        self.writable = writable
        self.tile_url = tile_url
        self._local = threading.local()
        self._lock = threading.Lock()
        self._index: tuple[int, geo.GeoIndex] | None = None
        self._sides: tuple[int, dict[str, str]] | None = None

    def connection(self) -> sqlite3.Connection:
        """This thread's read-only connection to the store (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            from frontwatch.store.db import open_db

            conn = open_db(self.db_path, readonly=True)
            self._local.conn = conn
        return conn

    def _version(self, conn: sqlite3.Connection) -> int:
        # places and actors only grow (content-hashed, insert-or-ignore): their counts tell a change
        row = conn.execute("SELECT (SELECT count(*) FROM places), (SELECT count(*) FROM actors)").fetchone()
        return int(row[0]) * 1_000_003 + int(row[1])

    def geo_index(self, conn: sqlite3.Connection) -> geo.GeoIndex:
        """The map's name index, taught the store's places (rebuilt when the store changes)."""
        version = self._version(conn)
        with self._lock:
            if self._index is None or self._index[0] != version:
                index = geo.GeoIndex()
                for row in queries.places(conn):
                    index.add_point(row[0], row[2], row[1])
                self._index = (version, index)
            return self._index[1]

    def sides(self, conn: sqlite3.Connection) -> dict[str, str]:
        """Actor name -> side, for colouring holders."""
        version = self._version(conn)
        with self._lock:
            if self._sides is None or self._sides[0] != version:
                self._sides = (version, queries.actor_sides(conn))
            return self._sides[1]

    @staticmethod
    def polygons() -> dict[int, dict[str, Any]]:
        """Neighbourhood features by polygon id (the first feature of each id)."""
        out: dict[int, dict[str, Any]] = {}
        for feature in geo.layer("neighbourhoods")["features"]:
            out.setdefault(int(feature["properties"]["polygon_id"]), feature)
        return out
