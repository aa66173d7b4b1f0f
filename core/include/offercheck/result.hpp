#pragma once

#include "offercheck/diagnostic.hpp"

#include <utility>
#include <variant>

namespace offercheck {

// A value or the Error that prevented it: errors are values at every boundary.
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& value() { return std::get<T>(state_); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace offercheck
