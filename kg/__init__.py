"""Build a reasoned, validated RDF knowledge graph of tech companies, their government work and their workers."""

__version__ = "0.1.0"
