"""A reasoned, validated RDF knowledge graph of tech companies, government agencies and tech workers."""

__version__ = "0.1.0"
