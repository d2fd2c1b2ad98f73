// The text the rules read, made from the file as given: markup replaced by
// spaces and soft line breaks joined, byte for byte in place, so that every
// offset into it is an offset into the file. What is cut: Markdown's
// heading, list and quote marks, emphasis, code fences, link targets and
// images; HTML's tags, comments, scripts and styles (block tags become
// paragraph breaks), and character references (their character, then
// spaces).
#pragma once

#include <string>
#include <string_view>

namespace causalkg::kb::extract {

enum class TextFormat { kPlain, kMarkdown, kHtml };

// "plain text", "Markdown", "HTML".
std::string_view TextFormatName(TextFormat format);

// The format by the file's extension (.md, .markdown; .html, .htm, .xhtml),
// else by its first bytes (<!DOCTYPE html, <html), else plain text.
TextFormat FormatOf(std::string_view path, std::string_view bytes);

// A text of the same length as `bytes` for the sentence splitter: markup
// blanked, and the line breaks inside a paragraph made spaces (a wrapped
// line is not the end of a sentence; a blank line, a heading or a list item
// is). `bytes` is valid UTF-8; so is the result.
std::string ReadableView(std::string_view bytes, TextFormat format);

// a) (iv): whether `letters` can label a list item: one lower-case letter, or
// a roman numeral of up to four (i, iv, viii).
bool IsListLabelLetters(std::string_view letters);

}  // namespace causalkg::kb::extract
