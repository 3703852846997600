#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/test-messages.py SRCDIR
#
# Every message the core and the command line word goes through the
# catalogue: each string literal given to a function that makes an error,
# a warning or a line of output is marked (ot_msg, ot_nmsg, N_, ot_gettext),
# unless it holds no word, only formats such as "%s:%u: %s" and the
# program's name. test-po.sh then checks that each marked string has its
# Dutch, so none reaches a Dutch reader in English.
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


def main():
    src = Path(sys.argv[1])
    files = [src / 'app/main.c'] + sorted((src / 'app/core').glob('*.c'))
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
    if bad:
        print('\n'.join(bad))
        print(f'{len(bad)} messages would reach a Dutch reader in English; mark them with ot_msg ()')
        return 1
    print(f'every message of {len(files)} files goes through the catalogue')
    return 0


if __name__ == '__main__':
    sys.exit(main())
