"""The pull request changes an organisation file or ``program.yml`` without the right role.

An organisation file (its maintainers, its parent, its claim approval) may be changed by the
maintainers of an organisation above it, before and after the change, so nobody can add
themselves as a maintainer or move an organisation out of reach. Files of top organisations
and ``program.yml`` are changed by the top organisations' maintainers.

Fix: ask the maintainers of the parent organisation.
"""
