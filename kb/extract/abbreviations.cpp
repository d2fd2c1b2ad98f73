#include "kb/extract/abbreviations.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace causalkg::kb::extract {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Before a name or a number: never the last word of a sentence.
constexpr std::array<std::string_view, 40> kTitles = {
    "mr",  "mrs",  "ms",     "dr",   "st",   "prof", "gov",  "sen",   "rep",    "gen",
    "col", "lt",   "sgt",    "capt", "cmdr", "rev",  "hon",  "pres",  "supt",   "insp",
    "mt",  "ft",   "messrs", "e.g",  "i.e",  "cf",   "viz",  "vs",    "approx", "no",
    "dhr", "mevr", "mw",     "drs",  "ir",   "ing",  "bijv", "d.w.z", "m.a.w",  "o.a"};

// Initials of a country or body: the sentence may end after them, and does
// when the next word opens one.
constexpr std::array<std::string_view, 8> kInitials = {"u.s",   "u.k", "u.n", "e.u",
                                                       "u.s.a", "d.c", "n.y", "l.a"};

// Capitalised words that open a sentence rather than go on with a name.
constexpr std::array<std::string_view, 30> kOpeners = {
    "the",  "a",    "an",    "in",  "it",  "he",      "she",   "they", "we",    "i",
    "this", "that", "these", "but", "and", "however", "there", "its",  "their", "his",
    "her",  "on",   "at",    "for", "as",  "after",   "when",  "if",   "while", "since"};

template <std::size_t N>
bool Listed(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool IsAbbreviation(std::string_view word) {
  return Listed(kTitles, word) || Listed(kInitials, word);
}

bool BreaksAfterAbbreviation(std::string_view view, std::uint32_t end) {
  std::size_t e = std::min<std::size_t>(end, view.size());
  while (e > 0 && IsSpace(view[e - 1])) --e;
  if (e < 2 || view[e - 1] != '.') return false;
  // The word before the full stop, with the stops inside it (U.S, e.g).
  std::size_t s = e - 1;
  while (s > 0 && (IsAsciiLetter(view[s - 1]) || view[s - 1] == '.')) --s;
  if (s == e - 1) return false;
  if (s > 0 && !IsSpace(view[s - 1]) && view[s - 1] != '(' && view[s - 1] != '"') return false;
  const std::string_view raw = view.substr(s, e - 1 - s);
  const std::string word = Lower(raw);
  // The next word, for initials and names.
  std::size_t n = e;
  while (n < view.size() && IsSpace(view[n])) {
    if (view[n] == '\n') return false;  // a line of its own ends where it ends
    ++n;
  }
  std::size_t n_end = n;
  while (n_end < view.size() && IsAsciiLetter(view[n_end])) ++n_end;
  const std::string next = Lower(view.substr(n, n_end - n));
  if (Listed(kTitles, word)) {
    // No. is a title before a number only: "... said no."
    if (word == "no") return n < view.size() && view[n] >= '0' && view[n] <= '9';
    return true;
  }
  if (Listed(kInitials, word)) return !next.empty() && !Listed(kOpeners, next);
  // George W. Bush: one capital after a capitalised word, a capitalised word next.
  if (raw.size() == 1 && IsUpper(raw[0]) && s >= 2 && n_end > n && IsUpper(view[n]) &&
      !Listed(kOpeners, next)) {
    std::size_t p = s - 1;
    while (p > 0 && IsSpace(view[p - 1])) --p;
    std::size_t q = p;
    while (q > 0 && IsAsciiLetter(view[q - 1])) --q;
    return q < p && IsUpper(view[q]);
  }
  return false;
}

}  // namespace causalkg::kb::extract
