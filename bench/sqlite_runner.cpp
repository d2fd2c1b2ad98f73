#include "sqlite_runner.hpp"

#include <sqlite3.h>

#include <fstream>
#include <map>
#include <stdexcept>
#include <vector>

namespace causalkg::bench {

namespace {

const std::map<std::string, int> kPolarity = {
    {"amplifies", 1}, {"increases", 1},  {"strengthens", 1}, {"causes", 1},
    {"weakens", -1},  {"decreases", -1}, {"erodes", -1},     {"reduces", -1}};

void Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown";
    sqlite3_free(error);
    throw std::runtime_error(std::string(sql) + ": " + message);
  }
}

class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(db));
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  void Bind(const std::vector<std::string>& args) {
    sqlite3_reset(stmt_);
    for (std::size_t i = 0; i < args.size(); ++i) {
      sqlite3_bind_text(stmt_, static_cast<int>(i + 1), args[i].c_str(), -1, SQLITE_TRANSIENT);
    }
  }
  bool Step() { return sqlite3_step(stmt_) == SQLITE_ROW; }
  long long Column(int i) { return sqlite3_column_int64(stmt_, i); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace

SqliteRunner::~SqliteRunner() {
  if (db_) sqlite3_close(db_);
}

std::string SqliteRunner::Load(const Workload& w, const std::string& path) {
  std::remove(path.c_str());
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) return "cannot open " + path;
  try {
    // Defaults otherwise: a rollback journal and full sync, so the load is durable.
    Exec(db_,
         "CREATE TABLE edges(s TEXT NOT NULL, r TEXT NOT NULL, o TEXT NOT NULL, sign INTEGER NOT "
         "NULL)");
    Exec(db_, "BEGIN");
    Statement insert(db_, "INSERT INTO edges VALUES (?1, ?2, ?3, ?4)");
    std::ifstream in(w.edges_path);
    if (!in) return "cannot read " + w.edges_path;
    std::string line;
    while (std::getline(in, line)) {
      const auto a = line.find('\t'), b = line.find('\t', a + 1);
      if (a == std::string::npos || b == std::string::npos) continue;
      const std::string relation = line.substr(a + 1, b - a - 1);
      const auto polarity = kPolarity.find(relation);
      insert.Bind({line.substr(0, a), relation, line.substr(b + 1),
                   std::to_string(polarity == kPolarity.end() ? 0 : polarity->second)});
      insert.Step();
    }
    Exec(db_, "COMMIT");
    Exec(db_, "CREATE INDEX edges_s ON edges(s, sign, o)");
    Exec(db_, "CREATE INDEX edges_o ON edges(o, sign, s)");
    Exec(db_, "ANALYZE");
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

long long SqliteRunner::Scalar(const std::string& sql, const std::vector<std::string>& args) {
  Statement stmt(db_, sql);
  stmt.Bind(args);
  return stmt.Step() ? stmt.Column(0) : -1;
}

long long SqliteRunner::Q0Edges() { return Scalar("SELECT count(*) FROM edges", {}); }
long long SqliteRunner::Q0Causal() {
  return Scalar("SELECT count(*) FROM edges WHERE sign != 0", {});
}

long long SqliteRunner::Q1(const Workload& w) {
  Statement stmt(db_, "SELECT count(*) FROM edges WHERE s = ?1 AND sign != 0");
  long long total = 0;
  for (const std::string& n : w.q1_nodes) {
    stmt.Bind({n});
    if (stmt.Step()) total += stmt.Column(0);
  }
  return total;
}

long long SqliteRunner::Q2(const Workload& w) {
  return Scalar(
      "WITH RECURSIVE reach(n, d) AS (SELECT ?1, 0 UNION "
      "  SELECT e.o, reach.d + 1 FROM reach JOIN edges e ON e.s = reach.n AND e.sign != 0 WHERE "
      "reach.d < 3) "
      "SELECT count(DISTINCT n) FROM reach WHERE n != ?1",
      {w.q2_source});
}

void SqliteRunner::Q3(const Workload& w, Answers& a) {
  // The path so far is a ,-separated string; instr() keeps it simple.
  Statement stmt(
      db_,
      "WITH RECURSIVE p(n, path, sign, len) AS (SELECT ?1, ',' || ?1 || ',', 1, 0 UNION ALL "
      "  SELECT e.o, p.path || e.o || ',', p.sign * e.sign, p.len + 1 FROM p JOIN edges e "
      "  ON e.s = p.n AND e.sign != 0 "
      "  WHERE p.len < 4 AND p.n != ?2 AND instr(p.path, ',' || e.o || ',') = 0) "
      "SELECT count(*), coalesce(sum(sign > 0), 0), coalesce(sum(sign < 0), 0) FROM p WHERE n = ?2 "
      "AND len > 0");
  stmt.Bind({w.q3_from, w.q3_to});
  if (stmt.Step()) {
    a.q3_total = stmt.Column(0);
    a.q3_plus = stmt.Column(1);
    a.q3_minus = stmt.Column(2);
  }
}

long long SqliteRunner::Q4(const Workload& w) {
  // Breadth-first by distance; UNION drops repeated (node, distance) pairs.
  return Scalar(
      "WITH RECURSIVE bfs(n, d) AS (SELECT ?1, 0 UNION "
      "  SELECT e.o, bfs.d + 1 FROM bfs JOIN edges e ON e.s = bfs.n AND e.sign != 0 WHERE bfs.d < "
      "12) "
      "SELECT coalesce(min(d), -1) FROM bfs WHERE n = ?2",
      {w.q4_from, w.q4_to});
}

long long SqliteRunner::Q5(const Workload& w) {
  // Simple paths C -> u of 1..3 steps with an edge u -> C close a cycle of 2..4.
  return Scalar(
      "WITH RECURSIVE p(n, path, len) AS (SELECT ?1, ',' || ?1 || ',', 0 UNION ALL "
      "  SELECT e.o, p.path || e.o || ',', p.len + 1 FROM p JOIN edges e ON e.s = p.n AND e.sign "
      "!= 0 "
      "  WHERE p.len < 3 AND instr(p.path, ',' || e.o || ',') = 0) "
      "SELECT count(*) FROM p JOIN edges back ON back.s = p.n AND back.o = ?1 AND back.sign != 0 "
      "WHERE p.len >= 1",
      {w.q5_node});
}

}  // namespace causalkg::bench
