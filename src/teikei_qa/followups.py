"""Follow-up questions: a plan read after an earlier one narrows or replaces it."""

from __future__ import annotations

from dataclasses import replace

from .plan import Plan


def merge(previous: Plan, current: Plan) -> Plan:
    """A follow-up narrows the previous question: a filter of a kind the follow-up
    names replaces the previous one of that kind (有田町 after 佐賀県); others add."""
    kinds = {(f.kind, f.exclude) for f in current.filters}
    kept = [f for f in previous.filters if (f.kind, f.exclude) not in kinds]
    if previous.operation == "compare" and not current.compare and \
            current.operation in ("list", "lookup", "topic", "count"):
        # そのうち長崎県は？ after a comparison: the same comparison, narrowed.
        return replace(current, operation="compare", filters=tuple(kept) + current.filters,
                       compare=previous.compare, topic=previous.topic + current.topic,
                       changes=previous.changes + current.changes, follow_up=True)
    operation = current.operation
    if operation in ("list", "lookup", "topic") and previous.operation in ("count", "aggregate",
                                                                           "compare"):
        operation = previous.operation if previous.operation != "compare" else "count"
    elif operation in ("lookup", "topic"):
        operation = "list"
    return replace(
        current, operation=operation, filters=tuple(kept) + current.filters,
        topic=previous.topic + tuple(t for t in current.topic if t not in previous.topic),
        group_by=current.group_by or (previous.group_by if operation == "aggregate" else None),
        changes=previous.changes + current.changes, follow_up=True)
