#include "terminal_screen.hpp"

#include <algorithm>

namespace causalkg::testing {

TerminalScreen::Row& TerminalScreen::CurrentRow() {
  if (rows_.size() <= row_) rows_.resize(row_ + 1);
  Row& row = rows_[row_];
  if (row.size() < column_) row.resize(column_, " ");
  return row;
}

void TerminalScreen::Put(std::string character) {
  if (column_ >= columns_) {  // the cursor wraps to the next row
    ++row_;
    column_ = 0;
  }
  Row& row = CurrentRow();
  if (row.size() == column_) {
    row.push_back(std::move(character));
  } else {
    row[column_] = std::move(character);
  }
  ++column_;
}

void TerminalScreen::Control(char final, const std::vector<int>& params) {
  const int n = params.empty() || params[0] == 0 ? 1 : params[0];
  const std::size_t count = static_cast<std::size_t>(n);
  Row& row = CurrentRow();
  switch (final) {
    case 'G':  // to column n
      column_ = count - 1;
      break;
    case 'C':
      column_ += count;
      break;
    case 'D':
      column_ = column_ > count ? column_ - count : 0;
      break;
    case 'A':
      row_ = row_ > count ? row_ - count : 0;
      break;
    case 'B':
      row_ += count;
      break;
    case 'H':  // to row;column
      row_ = params.empty() || params[0] == 0 ? 0 : params[0] - 1;
      column_ = params.size() < 2 || params[1] == 0 ? 0 : params[1] - 1;
      break;
    case 'K':  // erase in the row: to its end, to the cursor, or all
      if (params.empty() || params[0] == 0) {
        row.resize(std::min(row.size(), column_));
      } else if (params[0] == 1) {
        std::fill(row.begin(), row.begin() + std::min(row.size(), column_ + 1), " ");
      } else {
        row.clear();
      }
      break;
    case 'J':  // erase below
      row.resize(std::min(row.size(), column_));
      rows_.resize(row_ + 1);
      break;
    case 'P':  // delete characters at the cursor
      if (column_ < row.size())
        row.erase(row.begin() + column_, row.begin() + std::min(row.size(), column_ + count));
      break;
    case '@':  // insert blanks at the cursor
      row.insert(row.begin() + std::min(row.size(), column_), count, " ");
      break;
    default:  // colours, modes: nothing that moves text
      break;
  }
}

void TerminalScreen::Feed(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0x1b) {
      if (i + 1 < bytes.size() && bytes[i + 1] == '[') {
        std::size_t j = i + 2;
        std::vector<int> params;
        int value = 0;
        bool any = false;
        while (j < bytes.size() && !(bytes[j] >= 0x40 && bytes[j] <= 0x7e)) {
          if (bytes[j] >= '0' && bytes[j] <= '9') {
            value = value * 10 + (bytes[j] - '0');
            any = true;
          } else if (bytes[j] == ';') {
            params.push_back(any ? value : 0);
            value = 0;
            any = false;
          }
          ++j;
        }
        if (any) params.push_back(value);
        if (j < bytes.size()) Control(bytes[j], params);
        i = j + 1;
      } else {
        i += 2;  // a two-byte escape (keypad modes and the like)
      }
    } else if (c == '\r') {
      column_ = 0;
      ++i;
    } else if (c == '\n') {
      ++row_;
      ++i;
    } else if (c == '\b') {
      if (column_ > 0) --column_;
      ++i;
    } else if (c == '\t') {
      column_ = (column_ / 8 + 1) * 8;
      ++i;
    } else if (c < 0x20 || c == 0x7f) {
      ++i;  // the bell and other controls show nothing
    } else {
      std::size_t length = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      length = std::min(length, bytes.size() - i);
      Put(std::string(bytes.substr(i, length)));
      i += length;
    }
  }
}

namespace {

std::string Trimmed(const std::vector<std::string>& row) {
  std::string text;
  for (const std::string& cell : row) text += cell;
  return text.substr(0, text.find_last_not_of(' ') + 1);
}

}  // namespace

std::string TerminalScreen::CursorRow() const {
  return row_ < rows_.size() ? Trimmed(rows_[row_]) : "";
}

std::string TerminalScreen::Text() const {
  std::string text;
  std::size_t blank_rows = 0;
  for (const Row& row : rows_) {
    const std::string line = Trimmed(row);
    if (line.empty()) {
      ++blank_rows;
      continue;
    }
    text.append(blank_rows, '\n');
    blank_rows = 0;
    text += line + "\n";
  }
  return text;
}

}  // namespace causalkg::testing
