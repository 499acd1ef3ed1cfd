"""A read-only mapping for records that are shared and cached across a process.

``types.MappingProxyType`` would refuse writes too, but it cannot be pickled, and the
tax table's records travel to worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(Mapping[K, V]):
    """A mapping with no way to change it after construction; picklable and hashable.

    >>> rates = FrozenDict({"standard": 19})
    >>> rates["standard"], dict(rates)
    (19, {'standard': 19})
    >>> rates["reduced"] = 7
    Traceback (most recent call last):
    TypeError: 'FrozenDict' object does not support item assignment
    """

    __slots__ = ("_data",)
    _data: dict[K, V]

    def __init__(self, data: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        object.__setattr__(self, "_data", dict(data))

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __reduce__(self) -> tuple[type[FrozenDict[K, V]], tuple[dict[K, V]]]:
        return (type(self), (self._data,))
