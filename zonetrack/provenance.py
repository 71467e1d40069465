"""Figures no source states: derived observations, sums of parts, and their assumptions.

A derived observation (``derived_from`` not empty) is computed from others and rests on an
assumption its ``note`` states; a parent target without figures of its own takes the sum of
its parts' figures. Every view that shows such a figure marks it and says why it holds.
"""

from __future__ import annotations

import pandas as pd

from .catalog import Catalog
from .dates import parse_as_of
from .labels import label
from .progress import visible_observations

__all__ = ["derived_assumptions", "observation_assumption"]


def observation_assumption(obs: pd.Series) -> str:
    """``obs_id = formula: note`` for one derived observation."""
    note = obs.get("note")
    note = "" if note is None or pd.isna(note) else str(note)
    text = f"{obs['obs_id']} = {obs['derived_from']}"
    return f"{text}: {note}" if note else text


def derived_assumptions(
    catalog: Catalog,
    assessment: pd.DataFrame,
    as_of: str | pd.Timestamp | None = None,
    lang: str = "en",
) -> pd.Series:
    """For each assessed target whose latest figure is derived, the assumption behind it.

    Parameters
    ----------
    catalog : Catalog
        The catalogue the assessment was made from.
    assessment : DataFrame
        Rows of :func:`zonetrack.assess` (``zone_id``, ``indicator_id``, ``latest_derived``).
    as_of : str or Timestamp, optional
        The assessment's date; default ``assessment.attrs["as_of"]``.
    lang : {"en", "zh"}
        Language of the words for a sum of parts (observation notes are kept as written).

    Returns
    -------
    Series
        Aligned with ``assessment``: the derived observation's id, formula and note, or the
        words for a sum of parts; None where the latest figure is stated by a source.
    """
    out = pd.Series([None] * len(assessment), index=assessment.index, dtype=object)
    derived = assessment["latest_derived"].fillna(False).astype(bool)
    if not derived.any():
        return out
    when = parse_as_of(as_of if as_of is not None else assessment.attrs.get("as_of"))
    # The latest visible figure of each series, as assess picks it.
    latest = (
        visible_observations(catalog, when)
        .drop_duplicates(["zone_id", "indicator_id"], keep="last")
        .set_index(["zone_id", "indicator_id"])
    )
    for index, row in assessment[derived].iterrows():
        key = (row["zone_id"], row["indicator_id"])
        if key in latest.index and bool(latest.loc[key, "derived"]):
            out[index] = observation_assumption(latest.loc[key])
        else:
            out[index] = label("derived_sum", lang)
    return out
