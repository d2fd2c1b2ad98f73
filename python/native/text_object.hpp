// Stored text as a Python str. A store written before stored text was
// checked may hold bytes that are not UTF-8, which pybind11's own
// conversion would refuse with a UnicodeDecodeError halfway through a
// result: they become U+FFFD, as in the binary's JSON.
#pragma once

#include <string_view>

#include <pybind11/pybind11.h>

namespace causalkg::python {

inline pybind11::str Text(std::string_view text) {
  PyObject* decoded =
      PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
  if (decoded == nullptr) throw pybind11::error_already_set();
  return pybind11::reinterpret_steal<pybind11::str>(decoded);
}

}  // namespace causalkg::python
