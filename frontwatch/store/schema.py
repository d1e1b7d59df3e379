"""Schema changes only through recorded migrations.

Each change is a numbered SQL file in ``frontwatch/store/migrations`` (``0001_tables.sql``, ...).
``migrate`` applies the ones not yet listed in ``schema_migrations``, each in its own
transaction together with its row there, so a failed migration leaves nothing half done.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The bundled migrations, in version order."""
    found = []
    for entry in resources.files("frontwatch.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 0001, 0002, ... without gaps; found {versions}")
    return found


def applied(conn: sqlite3.Connection) -> list[int]:
    """Versions already applied to this database."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply pending migrations; returns the versions applied now."""
    done = set(applied(conn))
    now: list[int] = []
    for migration in migrations():
        if migration.version in done:
            continue
        stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        # executescript commits anything pending, then runs the file inside our BEGIN IMMEDIATE, which
        # also keeps two processes from applying the same migration at once; the file and its record
        # in schema_migrations commit together.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\n;")
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, stamp),
            )
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if migration.version in applied(conn):  # another process applied it meanwhile
                continue
            raise
        now.append(migration.version)
    return now


def current_version(conn: sqlite3.Connection) -> int:
    """The highest applied migration (0 for an empty database)."""
    versions = applied(conn)
    return max(versions) if versions else 0
