// Finds the programs that the project's scripts and tests spawn, so that a test can hold them
// against scripts/bootstrap.sh's list. Two readers, each deliberately narrow:
//  - JavaScript: the first argument of spawn/spawnSync/execFile/execFileSync/exec/execSync when it
//    is a string literal (a variable is a program the project builds, e.g. build/native/sweetspot);
//  - shell: the word in command position of each simple command (after ; && || | ( $( { and the
//    keywords that start a list), skipping assignments, builtins, functions the script defines and
//    paths inside the project.
import fs from 'node:fs';
import path from 'node:path';

const JS_SPAWN = /\b(?:spawnSync|spawn|execFileSync|execFile|execSync|exec)\(\s*(['"`])([^'"`$]+)\1/g;

/** Programs spawned by string literal in a JS file's text. */
export function programsInJs(text) {
  const found = new Set();
  for (const m of text.matchAll(JS_SPAWN)) {
    const word = m[2].trim().split(/\s+/)[0];
    if (word) found.add(word);
  }
  return found;
}

// Bash builtins and keywords, and words that only look like commands in the grammar we read.
const SHELL_WORDS = new Set(`
  if then else elif fi for in do done while until case esac function select time ! [[ ]] [ ] { }
  alias bg bind break builtin caller cd command compgen complete continue declare dirs disown echo
  enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout
  mapfile popd printf pushd pwd read readarray readonly return set shift shopt source suspend test
  times trap true type typeset ulimit umask unalias unset wait .`.split(/\s+/).filter(Boolean));

// The script reduced to its commands: quoted text blanked (command substitutions inside double
// quotes kept, as commands of their own), comments, here-documents, ${...} and ((...)) removed,
// continued lines joined.
function shellSkeleton(text) {
  const src = text.replace(/\\\n/g, ' ');
  let out = '';
  let i = 0;
  const skipTo = (close) => { // past the matching close of a bracket pair opened just before i
    const open = close === '}' ? '{' : '(';
    for (let depth = 1; i < src.length && depth > 0; i++) {
      if (src[i] === open) depth++;
      else if (src[i] === close) depth--;
    }
  };
  const code = (inDoubleQuotes) => {
    while (i < src.length) {
      const c = src[i];
      if (inDoubleQuotes && c === '"') { i++; return; }
      if (c === '\\') { i += 2; continue; }
      if (c === '$' && src.startsWith('$((', i)) { i += 3; skipTo(')'); i++; out += ' $A '; continue; }
      if (c === '$' && src[i + 1] === '{') { i += 2; skipTo('}'); out += inDoubleQuotes ? '' : ' $V '; continue; }
      if (c === '$' && src[i + 1] === '(') { // a command substitution: its own command
        i += 2;
        out += '\n';
        const before = out.length;
        code(false);
        out = out.slice(0, before) + out.slice(before) + '\n';
        continue;
      }
      if (c === ')' && !inDoubleQuotes) { i++; return; }
      if (inDoubleQuotes) { i++; continue; }
      if (c === '(' && src[i + 1] === '(') { i += 2; skipTo(')'); i++; out += ' $A '; continue; }
      if (c === '(' && src[i - 1] === '=') { i++; skipTo(')'); out += '$L'; continue; } // an array literal
      if (c === '[' && src.startsWith('[[', i)) { // a condition: only its command substitutions run
        const end = src.indexOf(']]', i);
        const condition = src.slice(i, end < 0 ? src.length : end);
        for (const m of condition.matchAll(/\$\(\s*([\w./-]+)/g)) out += `\n${m[1]}\n`;
        i = end < 0 ? src.length : end + 2;
        out += ' true ';
        continue;
      }
      if (c === '(') { i++; out += '\n'; code(false); out += '\n'; continue; }
      if (c === "'") { const end = src.indexOf("'", i + 1); i = end < 0 ? src.length : end + 1; out += "''"; continue; }
      if (c === '"') { i++; out += '""'; code(true); continue; }
      if (c === '#' && (i === 0 || /\s/.test(src[i - 1]))) { const end = src.indexOf('\n', i); i = end < 0 ? src.length : end; continue; }
      const heredoc = /^<<-?\s*['"]?(\w+)['"]?/.exec(src.slice(i, i + 40));
      if (heredoc) {
        const lineEnd = src.indexOf('\n', i);
        const rest = src.slice(i, lineEnd < 0 ? src.length : lineEnd);
        const close = new RegExp(`\\n\\s*${heredoc[1]}\\s*(\\n|$)`).exec(src.slice(lineEnd));
        out += rest.slice(heredoc[0].length);
        i = close ? lineEnd + close.index + close[0].length - 1 : src.length;
        continue;
      }
      out += c;
      i++;
    }
  };
  while (i < src.length) code(false);
  return out;
}

/** Programs in command position in a shell script's text. */
export function programsInShell(text) {
  const body = shellSkeleton(text);
  const functions = new Set([...text.matchAll(/^\s*(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\)/gm)].map((m) => m[1]));
  const found = new Set();
  // Split into simple commands at operators, subshells, substitutions and line ends.
  const commands = body.split(/;;|&&|\|\||[;|&\n(){}`]|\$\(/);
  for (const command of commands) {
    const words = command.trim().split(/\s+/).filter(Boolean);
    let i = 0;
    // Leading keywords that start a list (then, do, !...) and assignments (VAR=value).
    while (i < words.length && (/^(then|do|else|elif|if|while|until|!|time)$/.test(words[i]) || /^[A-Za-z_]\w*(\[[^\]]*\])?\+?=/.test(words[i]))) i++;
    if (i >= words.length) continue;
    if (/^(for|case|select|in)$/.test(words[i])) continue; // their words are not commands
    const word = words[i].replace(/^["']|["']$/g, '');
    if (!word || SHELL_WORDS.has(word) || functions.has(word)) continue;
    if (/^[$<>0-9-]/.test(word) || /^[\[\]"'=]/.test(word) || /[=*]/.test(word)) continue; // expansions, redirections, patterns
    if (word.includes('/') && !word.startsWith('/usr/') && !word.startsWith('/bin/')) continue; // the project's own files
    if (/\)$/.test(words[i]) || /^\w+\)$/.test(word)) continue; // case patterns
    found.add(word);
  }
  return found;
}

/** Every file under `dir` (relative to root) whose name matches `re`, skipping node_modules/build. */
export function filesUnder(root, dir, re) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'build' || entry.name.startsWith('.git')) continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (re.test(entry.name)) out.push(p);
    }
  };
  const start = path.join(root, dir);
  if (fs.existsSync(start)) walk(start);
  return out;
}
