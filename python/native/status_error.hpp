// How a failed call of the engine reaches Python: as a StatusError thrown by
// the native code, which the module's translator (module.cpp) raises as the
// causalkg.Error subclass of the status's kind and code (causalkg/_errors.py).
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include <pybind11/pybind11.h>

#include "engine/common/status.hpp"

namespace causalkg::python {

class StatusError : public std::exception {
 public:
  // `text`: the statement text an offset in `status` points into ("" when
  // it points into none).
  explicit StatusError(Status status, std::string text = {})
      : status_(std::move(status)), text_(std::move(text)) {}
  const Status& status() const { return status_; }
  const std::string& text() const { return text_; }
  const char* what() const noexcept override { return "causalkg status error"; }

 private:
  Status status_;
  std::string text_;
};

// The fields of a failed status, with the names of the binary's JSON error
// object ("message", "kind", "line", "column", "file", "hint") and beside
// them "code" (a StatusCode's name, or None), "offset" (into the statement
// text, or None) and "display": the error as the binary prints it on
// stderr, with the line, column and caret of a position in the text.
pybind11::dict StatusFields(const Status& status, std::string_view text);

// The causalkg.Error that `status` stands for (causalkg._errors.from_status).
pybind11::object StatusException(const Status& status, std::string_view text);

// The module's translator: a StatusError thrown below Python is raised as
// StatusException().
void RegisterStatusTranslator();

}  // namespace causalkg::python
