// causalkg._native: the engine for the causalkg package (python/causalkg/),
// which wraps it in the API Python users see. Each call that reads or
// writes the store releases the GIL while it runs, so that other Python
// threads go on; results become Python objects once it holds the GIL again.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "cli/render/dot_output.hpp"
#include "engine/model/result_kinds.hpp"
#include "python/native/database.hpp"
#include "python/native/result_graph.hpp"
#include "python/native/result_objects.hpp"
#include "python/native/status_error.hpp"
#include "python/native/text_object.hpp"

namespace causalkg::python {

namespace py = pybind11;

namespace {

// A result and its view as Python objects, which refers to it: made in
// place and never moved.
class NativeResult {
 public:
  NativeResult(QueryResult result, std::string language)
      : result_(std::move(result)), language_(language), objects_(result_, std::move(language)) {}
  NativeResult(const NativeResult&) = delete;
  NativeResult& operator=(const NativeResult&) = delete;

  const QueryResult& result() const { return result_; }
  const ResultObjects& objects() const { return objects_; }
  const std::string& language() const { return language_; }

 private:
  QueryResult result_;
  std::string language_;
  ResultObjects objects_;
};

// The database and the language its results label terms in.
class NativeDatabase {
 public:
  explicit NativeDatabase(std::unique_ptr<Database> database) : database_(std::move(database)) {}

  Database& database() { return *database_; }
  std::string language = "en";

  std::unique_ptr<NativeResult> Wrap(QueryResult result) const {
    return std::make_unique<NativeResult>(std::move(result), language);
  }

  // What running a text gave: (results, the error's fields or None, the
  // writes' warnings), the warnings gathered here so that Python need not
  // ask each result whether it is a write.
  py::tuple Outcome(TextOutcome outcome, std::string_view text) const {
    py::list results;
    py::list warnings;
    for (QueryResult& result : outcome.results) {
      if (const auto* write = std::get_if<WriteResult>(&result.body)) {
        for (const std::string& warning : write->summary.warnings) warnings.append(Text(warning));
      }
      results.append(py::cast(Wrap(std::move(result))));
    }
    py::object error = py::none();
    if (outcome.error) error = StatusFields(*outcome.error, text);
    return py::make_tuple(results, error, warnings);
  }

  // The result of a call, or its error raised.
  std::unique_ptr<NativeResult> Take(Result<QueryResult> result) const {
    if (!result.ok()) throw StatusError(std::move(result).TakeStatus());
    return Wrap(std::move(result).value());
  }

 private:
  std::unique_ptr<Database> database_;
};

// A text parsed once (Database.prepare), with the text its errors point into.
struct NativePrepared {
  PreparedStatement prepared;
  std::string text;
};

// Parameter values from Python: a str as it is, an int or a float as its
// text (a number slot reads it back). Anything else is refused, bool too:
// True is no name and no number.
ParameterValues ValuesOf(const py::dict& given) {
  ParameterValues values;
  for (auto [key, value] : given) {
    if (!py::isinstance<py::str>(key)) {
      throw StatusError(Status::Usage("a parameter's name is a str"));
    }
    std::string name = key.cast<std::string>();
    if (!name.empty() && name.front() == '$') name.erase(0, 1);
    if (py::isinstance<py::str>(value)) {
      values[std::move(name)] = value.cast<std::string>();
    } else if (py::isinstance<py::bool_>(value) ||
               !(py::isinstance<py::int_>(value) || py::isinstance<py::float_>(value))) {
      throw StatusError(Status::Usage("parameter $" + name + " is a " +
                                      std::string(py::str(py::type::of(value).attr("__name__"))) +
                                      "; a parameter's value is a str, an int or a float")
                            .WithCode(StatusCode::kInvalid));
    } else {
      values[std::move(name)] = py::str(value).cast<std::string>();
    }
  }
  return values;
}

template <typename T>
T Take(Result<T> result) {
  if (!result.ok()) throw StatusError(std::move(result).TakeStatus());
  return std::move(result).value();
}

py::dict LabelsObject(const Labels& labels) {
  py::dict out;
  for (const auto& [language, label] : labels) out[Text(language)] = Text(label);
  return out;
}

py::object Optional(const std::optional<double>& value) {
  return value ? py::object(py::float_(*value)) : py::object(py::none());
}

}  // namespace

}  // namespace causalkg::python

using namespace causalkg;          // NOLINT: the module's body names the engine's types
using namespace causalkg::python;  // NOLINT

PYBIND11_MODULE(_native, m) {
  m.doc() = "causalkg's engine; use the causalkg package, which wraps it";
  RegisterStatusTranslator();

  py::class_<NativeResult>(m, "Result")
      .def_property_readonly("kind", [](const NativeResult& r) { return r.objects().Kind(); })
      .def_property_readonly("rows_key",
                             [](const NativeResult& r) { return r.objects().RowsKey(); })
      .def("head", [](const NativeResult& r) { return r.objects().Head(); })
      .def("beside", [](const NativeResult& r) { return r.objects().Beside(); })
      .def("__len__", [](const NativeResult& r) { return r.objects().RowCount(); })
      .def("row", [](const NativeResult& r, std::size_t i) { return r.objects().Row(i); })
      .def("rows",
           [](const NativeResult& r) {
             const ResultObjects& objects = r.objects();
             py::list rows;
             for (std::size_t i = 0; i < objects.RowCount(); ++i) rows.append(objects.Row(i));
             return rows;
           })
      // The rows of MATCH (a dict a row, by column) and of COUNT MATCH ([{"count": n}]),
      // made in one call; None for other kinds, whose rows Python shapes.
      .def("dict_rows",
           [](const NativeResult& r) -> py::object {
             const auto* match = std::get_if<MatchResult>(&r.result().body);
             if (match == nullptr) return py::none();
             py::list rows;
             if (match->count_only) {
               py::dict row;
               row["count"] = match->count;
               rows.append(std::move(row));
               return rows;
             }
             const ResultObjects& objects = r.objects();
             std::vector<py::str> columns;
             for (const std::string& column : match->columns) columns.push_back(Text(column));
             for (std::size_t i = 0; i < objects.RowCount(); ++i) {
               py::dict row;
               py::list cells = objects.Row(i);
               for (std::size_t c = 0; c < columns.size(); ++c) row[columns[c]] = cells[c];
               rows.append(std::move(row));
             }
             return rows;
           })
      .def("is_graph", [](const NativeResult& r) { return IsGraphShaped(r.result().body); })
      // The diagram `AS DOT` draws (cli/render, shared with the binary), or
      // None for a result that is no graph.
      .def("dot",
           [](const NativeResult& r) -> py::object {
             if (!IsGraphShaped(r.result().body)) return py::none();
             auto drawing = cli::DrawDot(r.result(), r.language());
             if (!drawing.ok()) return py::none();
             return Text(drawing->text);
           })
      .def("graph", [](const NativeResult& r) { return ResultGraph(r.result(), r.objects()); });

  py::class_<NativePrepared>(m, "Prepared")
      .def_property_readonly("text", [](const NativePrepared& p) { return Text(p.text); })
      .def_property_readonly("reads_once",
                             [](const NativePrepared& p) {
                               const auto& statements = p.prepared.statements();
                               return statements.size() == 1 && !IsWrite(statements.front());
                             })
      .def_property_readonly("parameters", [](const NativePrepared& p) {
        py::list names;
        for (const std::string& name : p.prepared.ParameterNames()) names.append(Text(name));
        return names;
      });

  // Parses without a database: (prepared, None), or (None, the error's fields).
  m.def(
      "prepare",
      [](const std::string& text) {
        Result<PreparedStatement> prepared = Status::Ok();
        {
          py::gil_scoped_release released;
          prepared = Database::Prepare(text);
        }
        if (!prepared.ok())
          return py::make_tuple(py::none(), StatusFields(prepared.status(), text));
        return py::make_tuple(py::cast(std::make_unique<NativePrepared>(
                                  NativePrepared{std::move(prepared).value(), text})),
                              py::none());
      },
      py::arg("text"));

  py::class_<NativeDatabase>(m, "Database")
      .def_static(
          "open",
          [](const std::string& path, bool read_only, bool seed) {
            Result<std::unique_ptr<Database>> opened = Status::Ok();
            {
              py::gil_scoped_release released;
              opened = Database::Open(path, read_only, seed);
            }
            return std::make_unique<NativeDatabase>(Take(std::move(opened)));
          },
          py::arg("path"), py::arg("read_only"), py::arg("seed"))
      .def_property_readonly("path", [](NativeDatabase& d) { return Text(d.database().path()); })
      .def_property_readonly("read_only",
                             [](NativeDatabase& d) { return d.database().read_only(); })
      .def_property_readonly("closed", [](NativeDatabase& d) { return d.database().closed(); })
      .def_property_readonly("warnings",
                             [](NativeDatabase& d) {
                               py::list out;
                               for (const std::string& w : d.database().warnings())
                                 out.append(Text(w));
                               return out;
                             })
      .def_readwrite("language", &NativeDatabase::language)
      .def("close",
           [](NativeDatabase& d) {
             py::gil_scoped_release released;
             d.database().Close();
           })
      .def(
          "run",
          [](NativeDatabase& d, const std::string& text, bool explain,
             std::optional<std::uint64_t> sign_budget) {
            TextOutcome outcome;
            {
              py::gil_scoped_release released;
              outcome = d.database().Run(text, explain, sign_budget);
            }
            return d.Outcome(std::move(outcome), text);
          },
          py::arg("text"), py::arg("explain"), py::arg("sign_budget") = py::none())
      .def(
          "run_prepared",
          [](NativeDatabase& d, const NativePrepared& prepared, const py::dict& params,
             bool explain, std::optional<std::uint64_t> sign_budget) {
            const ParameterValues values = ValuesOf(params);
            TextOutcome outcome;
            {
              py::gil_scoped_release released;
              outcome = d.database().Run(prepared.prepared, values, explain, sign_budget);
            }
            return d.Outcome(std::move(outcome), prepared.text);
          },
          py::arg("prepared"), py::arg("params"), py::arg("explain"),
          py::arg("sign_budget") = py::none())
      // A prepared text of one statement that does not write (reads_once):
      // its result, or its error raised; the way a loop of look-ups takes.
      .def(
          "run_one",
          [](NativeDatabase& d, const NativePrepared& prepared, const py::dict& params) {
            const ParameterValues values = ValuesOf(params);
            Result<QueryResult> result = Status::Ok();
            {
              py::gil_scoped_release released;
              result = d.database().RunOne(prepared.prepared, values);
            }
            if (!result.ok()) throw StatusError(std::move(result).TakeStatus(), prepared.text);
            return d.Wrap(std::move(result).value());
          },
          py::arg("prepared"), py::arg("params"))
      .def(
          "add",
          [](NativeDatabase& d, const std::string& subject, const std::string& relation,
             const std::string& object, std::optional<std::string> quote,
             std::optional<std::string> source, std::optional<double> confidence,
             std::optional<std::string> modality) {
            AddRequest request{subject,          relation,          object,
                               std::move(quote), std::move(source), std::move(modality),
                               confidence};
            Result<QueryResult> added = Status::Ok();
            {
              py::gil_scoped_release released;
              added = d.database().Add(request);
            }
            return d.Take(std::move(added));
          },
          py::arg("subject"), py::arg("relation"), py::arg("object"), py::arg("quote"),
          py::arg("source"), py::arg("confidence"), py::arg("modality"))
      .def(
          "load",
          [](NativeDatabase& d, const std::vector<std::string>& paths, const std::string& format) {
            Result<QueryResult> loaded = Status::Ok();
            {
              py::gil_scoped_release released;
              loaded = d.database().Load(paths, format);
            }
            return d.Take(std::move(loaded));
          },
          py::arg("paths"), py::arg("format"))
      .def(
          "load_text",
          [](NativeDatabase& d, const std::string& text, const std::string& name,
             const std::string& format) {
            Result<QueryResult> loaded = Status::Ok();
            {
              py::gil_scoped_release released;
              loaded = d.database().LoadText(text, name, format);
            }
            return d.Take(std::move(loaded));
          },
          py::arg("text"), py::arg("name"), py::arg("format"))
      .def(
          "export",
          [](NativeDatabase& d, const std::string& path, const std::string& format) {
            std::uint64_t not_utf8 = 0;
            Status s;
            {
              py::gil_scoped_release released;
              s = d.database().Export(path, format, not_utf8);
            }
            if (!s.ok()) throw StatusError(std::move(s));
            return not_utf8;
          },
          py::arg("path"), py::arg("format"))
      .def(
          "nodes",
          [](NativeDatabase& d, const std::string& pattern) {
            Result<std::vector<NodeEntry>> nodes = Status::Ok();
            {
              py::gil_scoped_release released;
              nodes = d.database().Nodes(pattern);
            }
            py::list out;
            for (const NodeEntry& n : Take(std::move(nodes))) {
              py::dict node;
              node["id"] = Text(n.id);
              node["labels"] = LabelsObject(n.labels);
              out.append(node);
            }
            return out;
          },
          py::arg("pattern"))
      .def("relations",
           [](NativeDatabase& d) {
             Result<std::vector<RelationEntry>> relations = Status::Ok();
             {
               py::gil_scoped_release released;
               relations = d.database().Relations();
             }
             py::list out;
             for (const RelationEntry& r : Take(std::move(relations))) {
               py::dict relation;
               relation["id"] = Text(r.id);
               relation["polarity"] = r.polarity == Polarity::kNone
                                          ? py::object(py::none())
                                          : py::object(py::str(PolarityText(r.polarity)));
               relation["built_in"] = r.built_in;
               relation["in_store"] = r.stored;
               relation["labels"] = LabelsObject(r.labels);
               out.append(relation);
             }
             return out;
           })
      .def(
          "sources",
          [](NativeDatabase& d) {
            Result<std::vector<SourceInfo>> sources = Status::Ok();
            {
              py::gil_scoped_release released;
              sources = d.database().Sources();
            }
            py::list out;
            for (const SourceInfo& s : Take(std::move(sources))) {
              out.append(py::make_tuple(Text(s.id), Text(s.json), Optional(s.errors.systematic),
                                        Optional(s.errors.random), Optional(s.errors.reliability)));
            }
            return out;
          })
      .def("counts", [](NativeDatabase& d) {
        Result<StoreCounts> counts = Status::Ok();
        {
          py::gil_scoped_release released;
          counts = d.database().Counts();
        }
        const StoreCounts c = Take(std::move(counts));
        py::dict out;
        out["database"] = Text(d.database().path());
        out["nodes"] = c.nodes;
        out["relations"] = c.relations;
        out["edges"] = c.edges;
        out["evidence"] = c.evidence;
        out["sources"] = c.sources;
        return out;
      });
}
