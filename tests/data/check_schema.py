#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the JSON Schema of data files over the corpus in tests/data.

    check_schema.py SCHEMA BUNDLED TESTS-DATA-DIR

The schema must accept the bundled data and every file in valid/, and reject every file in
invalid/ that is JSON, but for those whose fault only the reader can find (listed below, each
with why). A file listed there must be accepted by the schema, so that the list cannot hide a
fault the schema should find. Files that are no JSON (syntax, encoding, duplicate keys) are for
the reader alone and are passed over. Exits 1 and names each file that breaks a rule.
"""
import json
import os
import sys

import jsonschema

# Faults a JSON Schema cannot express: they depend on other parts of the file (a metric's
# number of levels, the ids of the metrics and frameworks) or on uniqueness by a member.
BEYOND_A_SCHEMA = {
    "compare-unknown-id.json": "an id must name a framework",
    "framework-id-duplicate.json": "ids are unique in their list",
    "metric-id-duplicate.json": "ids are unique in their list",
    "rating-unknown-metric.json": "a rating's key must name a metric",
    "score-4.json": "the score is beyond this metric's 3 levels (a schema knows only 1 to 10)",
    "score-out-of-range.json": "the score is beyond this metric's 5 levels",
    "weights-unknown-metric.json": "a weight's key must name a metric",
    "range-outside-levels.json": "the range is beyond this metric's 4 levels",
    "range-reversed.json": "LOW above HIGH compares two items",
    "range-excludes-score.json": "the range must hold the score, another member",
    "vote-score-out-of-range.json": "the vote is beyond this metric's 4 levels",
    "votes-count.json": "there is a vote for each of `raters`, another member",
    "votes-without-raters.json": "votes are named by `raters`, another member",
    "votes-count.json": "there is a vote for each of `raters`, another member",
    "votes-without-raters.json": "votes are named by `raters`, another member",
}


def strict_json(path):
    """The document, or None for a file that is no strict JSON (the reader's to judge)."""

    def no_duplicates(pairs):
        keys = [key for key, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(pairs)

    def no_constant(name):
        raise ValueError(name)

    try:
        with open(path, "rb") as file:
            raw = file.read()
        text = raw.decode("utf-8-sig")
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except (UnicodeDecodeError, ValueError):
        return None


def main():
    schema_path, bundled, data_dir = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    problems = []
    checked = 0

    valid = [bundled] + sorted(
        os.path.join(data_dir, "valid", name)
        for name in os.listdir(os.path.join(data_dir, "valid")) if name.endswith(".json"))
    for path in valid:
        document = strict_json(path)
        if document is None:
            problems.append(f"{path}: a valid file is no strict JSON")
            continue
        errors = list(validator.iter_errors(document))
        if errors:
            problems.append(f"{path}: rejected by the schema: {errors[0].message}")
        checked += 1

    invalid_dir = os.path.join(data_dir, "invalid")
    rejected = 0
    for name in sorted(os.listdir(invalid_dir)):
        if not name.endswith(".json"):
            continue
        document = strict_json(os.path.join(invalid_dir, name))
        if document is None:
            continue
        accepted = validator.is_valid(document)
        if name in BEYOND_A_SCHEMA:
            if not accepted:
                problems.append(f"{name}: listed as beyond a schema, but the schema rejects it")
        elif accepted:
            problems.append(f"{name}: invalid, but the schema accepts it")
        else:
            rejected += 1
        checked += 1
    for name in BEYOND_A_SCHEMA:
        if not os.path.exists(os.path.join(invalid_dir, name)):
            problems.append(f"{name}: listed as beyond a schema, but there is no such file")

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check_schema: {checked} files checked, {rejected} invalid ones rejected by the schema")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
