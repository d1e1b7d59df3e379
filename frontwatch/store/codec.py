"""Exact JSON round trip for the records, so the store can hand back the very records it was given.

``records.to_json`` is the analyst-facing shape (actors flattened to names); it cannot be read
back. The store keeps both: ``to_json`` for audit and this field-by-field form to rebuild
Readings, Incidents and Claims without loss.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


def encode(value: Any) -> Any:
    """A record (or tuple/list/date of records) as plain JSON values, field by field."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def dumps(value: Any) -> str:
    """``encode`` as compact JSON text."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    """Rebuild a record of type ``cls`` from ``dumps`` output."""
    return typing.cast(T, decode(cls, json.loads(text)))


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(kind: Any, value: Any) -> Any:
    """Rebuild a value of static type ``kind`` (a record class, date, tuple, union ...)."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        for option in options:
            # int | None, date | None, Place | None ...: the first option that fits the JSON value
            if _fits(option, value):
                return decode(option, value)
        return value
    if origin is tuple:
        args = typing.get_args(kind)
        item = args[0] if args else Any
        return tuple(decode(item, v) for v in value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        known = {f.name for f in dataclasses.fields(kind)}
        # Fields added later (with defaults) are simply absent from old rows.
        return kind(**{k: decode(hints[k], v) for k, v in value.items() if k in known})
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is float and isinstance(value, int):
        return float(value)
    return value


def _fits(kind: Any, value: Any) -> bool:
    if kind is dt.date:
        return isinstance(value, str)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return isinstance(value, dict)
    if typing.get_origin(kind) is tuple:
        return isinstance(value, list)
    if kind in (int, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(kind, type):
        return isinstance(value, kind)
    return True
