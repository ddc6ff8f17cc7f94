// The template workbooks: each sheets/<name>.cxx builds one and registers
// itself here, so adding a template touches no other file.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kit.hxx"

namespace tokwatt::templates
{
struct Template
{
    std::string file;  // "essay-calculator": written as <file>.ots
    std::string title; // shown in make run's summary
    std::function<void(Book&)> build;
};

// Every registered template, in file-name order.
std::vector<Template>& registry();

struct Register
{
    Register(Template t) { registry().push_back(std::move(t)); }
};
}
