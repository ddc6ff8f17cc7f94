// A real LibreOffice for tokwatt's tools and tests: starts soffice on an
// isolated profile, connects to it over a private pipe, installs the
// extension the way the Extension Manager does, and shuts it down.
#pragma once

#include <string>
#include <sys/types.h>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace tokwatt
{
using css::uno::Reference;

class Office
{
public:
    // Starts /usr/lib/libreoffice/program/soffice on profile_dir (created if
    // missing) and connects; throws std::runtime_error if it cannot.
    explicit Office(const std::string& profile_dir, bool headless = true);
    // Terminates the office and waits for it.
    ~Office();
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    const Reference<css::uno::XComponentContext>& context() const { return context_; }
    Reference<css::frame::XDesktop2> desktop() const;
    // Whether the office process still runs and answers over its pipe.
    bool alive() const;
    // The office's process, the leader of a process group of its own.
    pid_t pid() const { return pid_; }

    // A new, empty Calc document.
    Reference<css::lang::XComponent> new_spreadsheet() const;
    Reference<css::lang::XComponent> load(const std::string& path) const;
    // Read-only: the office writes no lock file beside it.
    Reference<css::lang::XComponent> load_read_only(const std::string& path) const;

    // Installs the .oxt into the profile's "user" repository, approving the
    // license as a user clicking "Accept" would. The office must be
    // restarted before the new functions can be called.
    void install_extension(const std::string& oxt_path) const;

    // Whether an extension with this identifier is installed and enabled.
    bool extension_enabled(const std::string& identifier) const;

private:
    Reference<css::lang::XComponent> load_url(const std::string& url, bool read_only = false) const;

    pid_t pid_ = -1;
    Reference<css::uno::XComponentContext> context_;
};

// Absolute file URL of a local path.
std::string file_url(const std::string& path);

// Prepares a profile with the extension installed: starts an office on
// profile_dir, installs oxt_path, checks it is enabled, and stops. Start
// a new Office on the profile afterwards to use the functions.
void prepare_profile(const std::string& profile_dir, const std::string& oxt_path,
                     const std::string& identifier);

// Saves a document under path; the filter follows the extension (.ods, .pdf,
// .xlsx).
void save_as(const Reference<css::lang::XComponent>& document, const std::string& path);

// Closes a document without asking.
void close(const Reference<css::lang::XComponent>& document);
}
