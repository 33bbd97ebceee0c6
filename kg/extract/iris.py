"""Minting IRIs for what extraction finds: stable, readable, and the same for the same name.

A new actor's IRI is its name in kebab case (`Satya Nadella` is `id:satya-nadella`), the
convention the hand-authored triples follow, so that an actor found again in a later article, or
named by the curators, gets the same node. Nodes that only exist within one article (its events,
groups, quotations) carry the article's slug. Evidence nodes are named by a digest of what they
describe, so that extracting the same article twice writes the same triples.
"""

import hashlib
import re
import unicodedata

from rdflib import URIRef
from rdflib.term import Node

from kg.namespaces import ID

_DASHES = re.compile(r"[^a-z0-9]+")
_UNDECOMPOSED = str.maketrans(  # letters Unicode gives no plain base letter: 'Sørensen' is 'sorensen'
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i"}
)  # fmt: skip


def slugify(text: str, max_words: int = 12) -> str:
    """`U.S. Customs and Border Protection` -> `us-customs-and-border-protection`."""
    plain = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    ascii_text = plain.encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"(?<=\w)['’.](?=\w)", "", ascii_text.lower())  # U.S. -> us, Sheriff's -> sheriffs
    words = [w for w in _DASHES.split(ascii_text) if w]
    return "-".join(words[:max_words])


def actor_iri(name: str) -> URIRef:
    """The IRI of a named actor, product, program or policy."""
    return ID[slugify(name)]


def local_iri(article_slug: str, kind: str, number: int) -> URIRef:
    """The IRI of the `number`th node of a `kind` (petition, group, ...) found in one article."""
    return URIRef(f"{local_prefix(article_slug)}{kind}-{number}")


def local_prefix(article_slug: str) -> str:
    """What the IRIs of one article's own nodes begin with."""
    return str(ID[f"{article_slug}-"])


def statement_iri(article_slug: str, triple: tuple[Node, Node, Node]) -> URIRef:
    """The IRI of the evidence record of one extracted triple from one article."""
    digest = hashlib.sha256("\n".join(term.n3() for term in triple).encode()).hexdigest()[:16]
    return ID[f"{article_slug}-statement-{digest}"]


def sentence_iri(article_iri: URIRef, begin: int, end: int) -> URIRef:
    """A sentence of an article, named as NIF does: the document IRI with `#char=begin,end`."""
    return URIRef(f"{article_iri}#char={begin},{end}")
