#pragma once

#include <cstddef>
#include <functional>

namespace offercheck::cli {

// How many threads a batch of guide files is worth by default: one per core.
unsigned default_jobs();

// Calls work(i) once for every i below count, on up to `jobs` threads. An
// exception from work is rethrown here after every thread has finished.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace offercheck::cli
