"""The pull request changes an organisation file or ``program.yml`` without the right role.

An organisation file (its maintainers, its parent, its claim approval) may be changed by the
maintainers of an organisation above it, before and after the change, so nobody can add
themselves as a maintainer or move an organisation out of reach. Files of top organisations
and ``program.yml`` are changed by the top organisations' maintainers. A pair file
(``data/pairs/<org>/``) is changed by the maintainers of the pair's organisation or one above it:
a volunteer's duties are recorded by the organisation, never by the volunteer's own pull request.

Fix: ask the maintainers of the parent organisation.
"""
