#pragma once

// What every json_api call shares: the answer as text, failures as values,
// and the guard that turns anything thrown into one.

#include "api/json_schema.hpp"
#include "offercheck/diagnostic.hpp"

#include <nlohmann/json.hpp>

#include <new>
#include <string>

namespace offercheck::json_api {

// Text from a guide or a caller is valid UTF-8 by the time it is here; the
// replacing handler keeps a stray byte from turning an answer into an exception.
inline std::string to_text(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

inline std::string failure(const Error& error) {
  JsonWriter out;
  out.begin_object().field("ok", false).key("error");
  write_json(out, error);
  return out.end_object().take();
}

// Runs an API call; whatever escapes it becomes an error value.
template <class Call>
std::string guarded(Call call) {
  try {
    return call();
  } catch (const std::bad_alloc&) {
    return failure(Error{"out of memory"});
  } catch (const nlohmann::json::exception& e) {
    return failure(Error{std::string("invalid JSON: ") + e.what()});
  } catch (const std::exception& e) {
    return failure(Error{std::string("internal error: ") + e.what()});
  } catch (...) {
    return failure(Error{"internal error"});
  }
}

}  // namespace offercheck::json_api
