// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

namespace Crossread {

/// The engine's result type: a value or an error, never both (a small stand-in for C++23's
/// std::expected, which GCC 12 in C++20 mode does not provide).
template<typename T, typename E>
class Expected {
public:
    /// Holds a default error; exists because Qt's containers and QtConcurrent need it.
    Expected() : m_state(std::in_place_index<1>) {}
    Expected(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Expected(E error) : m_state(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const E &error() const { return std::get<1>(m_state); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, E> m_state;
};

} // namespace Crossread
