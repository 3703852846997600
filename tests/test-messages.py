#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/test-messages.py SRCDIR
#
# Every message the core and the command line word goes through the
# catalogue: each string literal given to a function that makes an error,
# a warning or a line of output is marked (ot_msg, ot_nmsg, N_, ot_gettext),
# unless it holds no word, only formats such as "%s:%u: %s" and the
# program's name. And in every file of app/, a catalogue call gets one
# string, not a choice of two (ot_gettext (lang, a ? "x" : "y")), of which
# xgettext takes only the first. test-po.sh then checks that each marked
# string has its Dutch, so none reaches a Dutch reader in English.
import re
import sys
from pathlib import Path

CALLS = ('g_set_error', 'g_set_error_literal', 'ot_set_error_at', 'g_prefix_error',
         'g_propagate_prefixed_error', 'add_warning', 'print_error', 'g_printerr', 'g_print',
         'g_error_new', 'g_error_new_literal')
MARKS = ('ot_msg', 'ot_nmsg', 'N_', 'ot_gettext', 'ot_ngettext', 'ot_pgettext')
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
FORMAT = re.compile(r'%[-+ #0-9.*$lzhjt]*[a-zA-Z%]')


def strip_comments(text):
    # Keep the length and line breaks, so positions stay.
    def blank(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*', blank, text, flags=re.S)


def call_end(text, i):
    depth = 0
    while i < len(text):
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while text[j] != c:
                j += 2 if text[j] == '\\' else 1
            i = j
        elif c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return i


def marked(args, start):
    # The literal (or a run of adjacent literals) is the argument of a mark.
    before = args[:start].rstrip()
    while before.endswith('"'):
        m = re.search(r'"(?:[^"\\\n]|\\.)*"\s*$', before)
        if not m:
            break
        before = before[:m.start()].rstrip()
    return any(re.search(r'\b' + mark + r'\s*\($', before) for mark in MARKS)


def split_args(args):
    # Top-level commas only.
    out, depth, current, i = [], 0, '', 0
    while i < len(args):
        c = args[i]
        if c == '"':
            j = i + 1
            while args[j] != '"':
                j += 2 if args[j] == '\\' else 1
            current += args[i:j + 1]
            i = j + 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        if c == ',' and depth == 0:
            out.append(current)
            current = ''
        else:
            current += c
        i += 1
    out.append(current)
    return out


def read_po(path):
    # msgid -> msgstr, both as escaped in the file; fuzzy entries count as none.
    entries = {}
    for block in path.read_text(encoding='utf-8').split('\n\n'):
        if re.search(r'^#,.*fuzzy', block, re.M):
            continue
        join = lambda q: ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', q))
        for msgid, msgstr in (('msgid', r'msgstr(?:\[0\])?'), ('msgid_plural', r'msgstr\[1\]')):
            m = re.search(r'^' + msgid + r' ((?:".*"\n?)+)', block, re.M)
            t = re.search(r'^' + msgstr + r' ((?:".*"\n?)+)', block, re.M)
            if m and t:
                entries[join(m.group(1))] = join(t.group(1))
    return entries


def main():
    src = Path(sys.argv[1])
    files = sorted((src / 'app/cli').glob('*.c')) + sorted((src / 'app/core').rglob('*.c'))
    pattern = re.compile(r'\b(' + '|'.join(CALLS) + r')\s*\(')
    bad = []
    for path in files:
        text = strip_comments(path.read_text(encoding='utf-8'))
        for m in pattern.finditer(text):
            line_start = text.rfind('\n', 0, m.start()) + 1
            if m.start() == line_start:
                continue  # a definition
            end = call_end(text, m.end() - 1)
            args = text[m.end():end]
            for lit in LITERAL.finditer(args):
                words = FORMAT.sub('', lit.group(0)[1:-1]).replace('ontheemd', '')
                words = re.sub(r'\\[nt]', '', words)
                if not re.search(r'[A-Za-z]', words) or marked(args, lit.start()):
                    continue
                line = text.count('\n', 0, m.end() + lit.start()) + 1
                bad.append(f'{path.relative_to(src)}:{line}: {lit.group(0)} is not translated')
    # Every string given to a catalogue call, in any file of app/, has its
    # Dutch in po/nl.po: also one in a choice (a ? "x" : "y"), of which
    # xgettext extracts only the first.
    dutch = read_po(src / 'po/nl.po')
    msgid_args = {'ot_msg': (0,), 'ot_nmsg': (0, 1), 'N_': (0,), 'ot_gettext': (1,),
                  'ot_ngettext': (1, 2)}
    mark_call = re.compile(r'\b(' + '|'.join(msgid_args) + r')\s*\(')
    every = sorted((src / 'app').glob('*.c')) + sorted((src / 'app').glob('*/*.c'))
    for path in every:
        text = strip_comments(path.read_text(encoding='utf-8'))
        for m in mark_call.finditer(text):
            line_start = text.rfind('\n', 0, m.start()) + 1
            if m.start() == line_start or text[line_start:m.start()].lstrip().startswith('#'):
                continue
            end = call_end(text, m.end() - 1)
            args = split_args(text[m.end():end])
            for index in msgid_args[m.group(1)]:
                if index >= len(args):
                    continue
                for group in re.finditer(r'(?:"(?:[^"\\\n]|\\.)*"\s*)+', args[index]):
                    msgid = ''.join(re.findall(r'"((?:[^"\\\n]|\\.)*)"', group.group(0)))
                    if dutch.get(msgid):
                        continue
                    line = text.count('\n', 0, m.start()) + 1
                    bad.append(f'{path.relative_to(src)}:{line}: "{msgid}" has no Dutch in '
                               'po/nl.po')
    if bad:
        print('\n'.join(bad))
        print(f'{len(bad)} strings would reach a Dutch reader in English: mark them with ot_msg () '
              'and translate them in po/nl.po')
        return 1
    print(f'every message of {len(files)} files goes through the catalogue, and every string '
          'given to it has its Dutch')
    return 0


if __name__ == '__main__':
    sys.exit(main())
