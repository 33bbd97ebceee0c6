"""Extraction: an article's text becomes triples, each pointing to the words it came from.

Modules, in pipeline order: `article` (reading a text and its metadata), `pipeline` (spaCy and
the domain rule components), `linking` (mentions to nodes), `reader`, `relations`, `events` and
`statements` (the rules), `dates` and `quantities` (values), `annotate` (facts and evidence as
RDF), `batch` (every article of a build, cached). Importing this package loads nothing heavy:
spaCy is imported only when an article is actually read.
"""
