#include "python/native/status_error.hpp"

#include "engine/common/visible_text.hpp"
#include "grammar/source_position.hpp"
#include "python/native/text_object.hpp"

namespace causalkg::python {

namespace py = pybind11;

namespace {

// The names a Python caller compares codes by; None for kOther.
py::object CodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOther:
      return py::none();
    case StatusCode::kNotFound:
      return py::str("not_found");
    case StatusCode::kAmbiguous:
      return py::str("ambiguous");
    case StatusCode::kExists:
      return py::str("exists");
    case StatusCode::kInvalid:
      return py::str("invalid");
    case StatusCode::kLocked:
      return py::str("locked");
    case StatusCode::kReadOnly:
      return py::str("read_only");
    case StatusCode::kCorrupt:
      return py::str("corrupt");
    case StatusCode::kInternal:
      return py::str("internal");
  }
  return py::none();
}

}  // namespace

py::dict StatusFields(const Status& status, std::string_view text) {
  py::dict fields;
  std::string display = Visible(status.ToString());
  fields["message"] = Text(status.ToString());
  fields["kind"] = ErrorKindName(status.kind());
  fields["code"] = CodeName(status.code());
  fields["line"] = py::none();
  fields["column"] = py::none();
  fields["file"] = py::none();
  fields["offset"] = py::none();
  if (status.offset()) {
    // Always with its line and column: Python shows no prompt whose line
    // would say where the statement was.
    const auto at = grammar::Locate(text, *status.offset());
    fields["line"] = at.line;
    fields["column"] = at.column;
    fields["offset"] = *status.offset();
    display += "\nline " + std::to_string(at.line) + ", column " + std::to_string(at.column) +
               ":\n" + VisibleCaret(text, *status.offset());
  } else if (!status.file().empty()) {
    fields["file"] = Text(status.file());
    if (status.line()) fields["line"] = status.line();
    if (status.column()) fields["column"] = status.column();
  }
  fields["hint"] = status.hint().empty() ? py::object(py::none()) : py::object(Text(status.hint()));
  if (!status.hint().empty()) display += "\nhint: " + Visible(status.hint());
  fields["display"] = Text(display);
  return fields;
}

py::object StatusException(const Status& status, std::string_view text) {
  return py::module_::import("causalkg._errors").attr("from_status")(StatusFields(status, text));
}

void RegisterStatusTranslator() {
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const StatusError& e) {
      py::object error = StatusException(e.status(), e.text());
      PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.ptr())), error.ptr());
    }
  });
}

}  // namespace causalkg::python
