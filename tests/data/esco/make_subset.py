#!/usr/bin/env python3
"""Rebuilds this folder's ESCO subset from the full v1.1.1 English CSV export (run by hand, never by
the tests). Every kept record is byte-identical to the original (CRLF, quoted multi-line fields)."""
import csv, io, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/esco'
DST = sys.argv[2] if len(sys.argv) > 2 else '.'


def raw_records(path):
    """The header and the records of a CSV file as raw bytes, split at CRLF outside quotes."""
    data = open(path, 'rb').read()
    records, start, quoted, i = [], 0, False, 0
    while i < len(data):
        c = data[i:i + 1]
        if c == b'"':
            quoted = not quoted
        elif not quoted and data[i:i + 2] == b'\r\n':
            records.append(data[start:i + 2])
            start = i + 2
            i += 1
        i += 1
    if start < len(data):
        records.append(data[start:])
    return records[0], records[1:]


def fields(raw):
    return next(csv.reader(io.StringIO(raw.decode('utf-8'), newline='')))


def load(name):
    header, records = raw_records(f'{SRC}/{name}')
    cols = fields(header)
    return header, [(raw, dict(zip(cols, fields(raw)))) for raw in records]


def write(name, header, rows):
    with open(f'{DST}/{name}', 'wb') as out:
        out.write(header)
        for raw, _ in rows:
            out.write(raw)


def main():
    occ_h, occs = load('occupations_en.csv')
    rel_h, rels = load('occupationSkillRelations.csv')
    sk_h, skills = load('skills_en.csv')
    br_h, broader = load('broaderRelationsSkillPillar.csv')
    gr_h, groups = load('skillGroups_en.csv')

    skill_by_uri = {r['conceptUri']: (raw, r) for raw, r in skills}
    parents = {}
    for raw, r in broader:
        parents.setdefault(r['conceptUri'], []).append((raw, r))

    # Occupations: two with relations (one of them has a relation with a blank skillType), one without.
    blank_rel_occ = next(r['occupationUri'] for _, r in rels if r['skillType'] == '')
    wanted = [blank_rel_occ, 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1']  # software developer
    kept_occ = [(raw, r) for raw, r in occs if r['conceptUri'] in wanted]
    kept_occ += [next((raw, r) for raw, r in occs if r['conceptUri'] not in wanted and r['iscoGroup'] == '2424')]

    # Relations: the blank-type ones, skills with several skill parents, then the first few of each kind.
    def multi_parent(uri):
        return sum(1 for _, b in parents.get(uri, []) if b['broaderType'] == 'KnowledgeSkillCompetence') > 1

    kept_rel = []
    for occ in wanted:
        mine = [(raw, r) for raw, r in rels if r['occupationUri'] == occ]
        pick = [x for x in mine if x[1]['skillType'] == '']
        pick += [x for x in mine if multi_parent(x[1]['skillUri'])][:2]
        pick += [x for x in mine if x[1]['relationType'] == 'essential'][:6]
        pick += [x for x in mine if x[1]['relationType'] == 'optional'][:4]
        seen = set()
        kept_rel += [x for x in mine if x in pick and not (x[0] in seen or seen.add(x[0]))]
    kept_rel.sort(key=lambda x: rels.index(x))

    # Skills: the related ones, the skills with a blank skillType, closed upward over skill->skill links.
    keep = {r['skillUri'] for _, r in kept_rel} | {r['conceptUri'] for _, r in skills if r['skillType'] == ''}
    todo = list(keep)
    while todo:
        for _, b in parents.get(todo.pop(), []):
            if b['broaderType'] == 'KnowledgeSkillCompetence' and b['broaderUri'] not in keep:
                keep.add(b['broaderUri'])
                todo.append(b['broaderUri'])
    kept_skills = [(raw, r) for raw, r in skills if r['conceptUri'] in keep]

    # Broader rows of the kept skills, and the skill groups above them (closed upward).
    kept_groups = set()
    todo = [b['broaderUri'] for u in keep for _, b in parents.get(u, []) if b['broaderType'] == 'SkillGroup']
    while todo:
        g = todo.pop()
        if g in kept_groups:
            continue
        kept_groups.add(g)
        todo += [b['broaderUri'] for _, b in parents.get(g, [])]
    kept_broader = [(raw, r) for raw, r in broader if r['conceptUri'] in keep or r['conceptUri'] in kept_groups]

    write('occupations_en.csv', occ_h, kept_occ)
    write('occupationSkillRelations.csv', rel_h, kept_rel)
    write('skills_en.csv', sk_h, kept_skills)
    write('broaderRelationsSkillPillar.csv', br_h, kept_broader)
    write('skillGroups_en.csv', gr_h, [(raw, r) for raw, r in groups if r['conceptUri'] in kept_groups])
    for name, rows in [('occupations', kept_occ), ('relations', kept_rel), ('skills', kept_skills),
                       ('broader', kept_broader), ('groups', kept_groups)]:
        print(name, len(rows))


if __name__ == '__main__':
    main()
