"""The event rules' dependency patterns, matched once per article with spaCy's DependencyMatcher.

`patterns/dependency_patterns.json` holds the patterns by rule name; a value "$name" stands for
the word list `name` of `patterns/events.json`, so a verb class is written down once.
"""

from dataclasses import dataclass
from functools import cache

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from kg.extract.pipeline import read_patterns

_MATCHES = "kg_dependency_matches"


@dataclass(frozen=True)
class Match:
    """One match of a rule's pattern: the rule's name and its tokens by node name."""

    rule: str
    tokens: dict[str, Token]

    @property
    def trigger(self) -> Token:
        return self.tokens["trigger"]


def expand(value, lexicon: dict):
    """A pattern with each "$name" replaced by the word list `name` of the lexicon."""
    if isinstance(value, str) and value.startswith("$"):
        return lexicon[value[1:]]
    if isinstance(value, dict):
        return {key: expand(item, lexicon) for key, item in value.items()}
    if isinstance(value, list):
        return [expand(item, lexicon) for item in value]
    return value


@cache
def dependency_matcher(vocab) -> DependencyMatcher:
    """The DependencyMatcher of every rule's patterns, built once per vocabulary."""
    lexicon = read_patterns("events.json")
    matcher = DependencyMatcher(vocab)
    for rule, value in read_patterns("dependency_patterns.json").items():
        if not rule.startswith("_"):
            patterns = value if isinstance(value[0], list) else [value]  # one pattern or several
            matcher.add(rule, [expand(pattern, lexicon) for pattern in patterns])
    return matcher


def matches(sentence: Span, prefix: str) -> list[Match]:
    """The matches in a sentence of the rules whose names start with `prefix`, in text order."""
    found = [m for m in _doc_matches(sentence.doc) if m.rule.startswith(prefix)]
    return [m for m in found if sentence.start <= m.trigger.i < sentence.end]


def _doc_matches(doc: Doc) -> list[Match]:
    if _MATCHES not in doc.user_data:
        matcher = dependency_matcher(doc.vocab)
        found, seen = [], set()
        for match_id, token_ids in matcher(doc):
            rule = doc.vocab.strings[match_id]
            names = [node["RIGHT_ID"] for node in matcher.get(rule)[1][0]]
            tokens = {name: doc[i] for name, i in zip(names, token_ids, strict=True)}
            key = (rule, tuple(sorted((n, t.i) for n, t in tokens.items())))
            if key not in seen:
                seen.add(key)
                found.append(Match(rule, tokens))
        found.sort(key=lambda m: (m.trigger.i, m.rule))
        doc.user_data[_MATCHES] = found
    return doc.user_data[_MATCHES]
