#!/usr/bin/env python3
"""Rebuilds this folder's O*NET 29.2 subset from the text files (run by hand, never by the tests).
Kept lines are byte-identical to the original: tab-delimited, unquoted, LF line ends."""
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/onet'
DST = sys.argv[2] if len(sys.argv) > 2 else '.'

# Rated: a manager (Not Relevant rows), an IT occupation with Recommend Suppress on a kept rating
# (15-1299.02) and one with suppressed low-importance ratings (15-1231.00). Not rated in 29.2:
# Software Developers and Data Scientists.
OCCUPATIONS = ['11-1021.00', '15-1231.00', '15-1299.02', '15-1252.00', '15-2051.00']
SKILLS = ['2.A.1.a', '2.A.1.e', '2.A.2.a', '2.B.3.c', '2.B.3.e']
KNOWLEDGE = ['2.C.1.a', '2.C.3.a', '2.C.7.c']
# Technology Skills.txt: hot ones (Python, R, Linux, Microsoft Windows, Apple macOS) under two
# commodity titles, and two that O*NET does not mark hot (Oracle Solaris, Ubuntu).
TECHNOLOGIES = ['Python', 'R', 'Linux', 'Microsoft Windows', 'Apple macOS', 'Oracle Solaris', 'Ubuntu']


def lines(name):
    with open(f'{SRC}/{name}', 'rb') as f:
        data = f.read().split(b'\n')
    return data[0], [l for l in data[1:] if l]


def write(name, header, rows):
    with open(f'{DST}/{name}', 'wb') as out:
        out.write(b''.join(l + b'\n' for l in [header] + rows))
    print(name, len(rows))


def main():
    occ_h, occ = lines('Occupation Data.txt')
    write('Occupation Data.txt', occ_h, [l for l in occ if l.split(b'\t')[0].decode() in OCCUPATIONS])
    for name, elements in [('Skills.txt', SKILLS), ('Knowledge.txt', KNOWLEDGE)]:
        h, rows = lines(name)
        write(name, h, [l for l in rows if l.split(b'\t')[0].decode() in OCCUPATIONS and l.split(b'\t')[2].decode() in elements])
    h, rows = lines('Technology Skills.txt')
    write('Technology Skills.txt', h, [l for l in rows if l.split(b'\t')[0].decode() in OCCUPATIONS and l.split(b'\t')[2].decode() in TECHNOLOGIES])
    wanted = set()
    for e in SKILLS + KNOWLEDGE:
        parts = e.split('.')
        wanted |= {'.'.join(parts[:n]) for n in range(1, len(parts) + 1)}
    cm_h, cm = lines('Content Model Reference.txt')
    write('Content Model Reference.txt', cm_h, [l for l in cm if l.split(b'\t')[0].decode() in wanted])


if __name__ == '__main__':
    main()
