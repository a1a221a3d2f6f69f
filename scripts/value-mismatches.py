#!/usr/bin/env python3
"""Sorts the value mismatches that `timex-eval GOLD SYS --errors` lists into kinds.

Usage: python3 scripts/value-mismatches.py ERRORS_FILE...

Kinds, tried in this order:
  spelling     equal once each corpus's spellings are made one (W7/W07, 1968-XX/1968,
               199X/199, T17/T17:00)
  unspecified  the gold leaves a field unspecified (1989-WXX, 1988-QX) and the system names it
  kind         a duration or *_REF against a date, or two different durations
  date         a different date of the same granularity (a tense or anchoring difference)
  granularity  the same period at another granularity or part of day (1988 / 1988-Q3)
"""
import collections
import re
import sys

PAIR = re.compile(
    r"VALUE\s+gold (?P<q1>['\"])(?P<gt>.*?)(?P=q1) \w+ (?P<g>\S+)"
    r" \| sys (?P<q2>['\"])(?P<st>.*?)(?P=q2) \w+ (?P<s>\S+)"
)


def norm(value):
    value = re.sub(r"-W(\d)$", r"-W0\1", value)
    value = re.sub(r"^(\d{4})(-XX)+$", r"\1", value)
    value = re.sub(r"^(\d{3})X$", r"\1", value)
    return re.sub(r"T(\d\d)$", r"T\1:00", value)


def granularity(value):
    for name, pattern in [
        ("day", r"\d{4}-\d\d-\d\d"),
        ("week", r"\d{4}-W\d\d"),
        ("month", r"\d{4}-\d\d"),
        ("quarter", r"\d{4}-[QH]\d"),
        ("season", r"\d{4}-(SP|SU|FA|WI)"),
        ("year", r"\d{4}"),
    ]:
        if re.fullmatch(pattern, value):
            return name
    if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", value):
        return "time" + value[10:]
    return value


def kind(gold, system):
    if norm(gold) == norm(system):
        return "spelling"
    if "X" in norm(gold) and "X" not in system:
        return "unspecified"
    durations = (gold[0] == "P", system[0] == "P")
    refs = (gold.endswith("_REF"), system.endswith("_REF"))
    if durations[0] != durations[1] or refs[0] != refs[1] or all(durations):
        return "kind"
    if granularity(gold) == granularity(system):
        return "date"
    return "granularity"


def main():
    for path in sys.argv[1:]:
        counts = collections.Counter()
        with open(path, encoding="utf-8") as errors:
            for line in errors:
                match = PAIR.search(line)
                if match:
                    counts[kind(match["g"], match["s"])] += 1
        order = ["date", "kind", "granularity", "unspecified", "spelling"]
        print(path, " ".join(f"{k}={counts[k]}" for k in order), f"all={sum(counts.values())}")


if __name__ == "__main__":
    main()
