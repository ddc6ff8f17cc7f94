#include "office.hxx"

#include <cerrno>
#include <chrono>
#include <climits>
#include <clocale>
#include <cstring>
#include <csignal>
#include <cstdlib>
#include <stdexcept>
#include <thread>
#include <vector>

#include <langinfo.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase3.hxx>
#include <osl/file.hxx>
#include "../addin/common/store_options.hxx"
#include "../addin/common/strings.hxx"

extern char** environ;

using css::uno::Any;
using css::uno::Exception;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt
{
namespace
{
const char* const soffice = "/usr/lib/libreoffice/program/soffice";
// The C++ UNO runtime of a client process finds its types and services here.
const char* const ure_bootstrap
    = "vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc";
constexpr auto connect_timeout = std::chrono::seconds(90);


std::string absolute(const std::string& path)
{
    if (!path.empty() && path[0] == '/')
        return path;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        throw std::runtime_error("cannot read the working directory");
    return std::string(cwd) + "/" + path;
}

// The local UNO context, made once per process.
Reference<css::uno::XComponentContext> local_context()
{
    static Reference<css::uno::XComponentContext> context = [] {
        setenv("URE_BOOTSTRAP", ure_bootstrap, 0);
        return cppu::defaultBootstrap_InitialComponentContext();
    }();
    return context;
}

// Answers every question of the extension manager with "approve" (accept
// the license, replace an installed version) and ignores progress.
class ApprovingEnvironment
    : public cppu::WeakImplHelper3<css::ucb::XCommandEnvironment, css::task::XInteractionHandler,
                                   css::ucb::XProgressHandler>
{
public:
    Reference<css::task::XInteractionHandler> SAL_CALL getInteractionHandler() override
    {
        return this;
    }
    Reference<css::ucb::XProgressHandler> SAL_CALL getProgressHandler() override
    {
        return this;
    }
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override
    {
        for (const auto& continuation : request->getContinuations())
        {
            Reference<css::task::XInteractionApprove> approve(continuation, css::uno::UNO_QUERY);
            if (approve.is())
            {
                approve->select();
                return;
            }
        }
    }
    void SAL_CALL push(const Any&) override {}
    void SAL_CALL update(const Any&) override {}
    void SAL_CALL pop() override {}
};
}

std::string file_url(const std::string& path)
{
    // Percent-encoded: a path may hold spaces, '#', '%' or non-ASCII letters.
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(to_ou(absolute(path)), url)
        != osl::FileBase::E_None)
        throw std::runtime_error("not a file path: " + path);
    return to_utf8(url);
}

namespace
{
// The office's environment: ours, with a UTF-8 character type where ours
// has none (a fresh container or chroot sets no LANG). The office turns the
// file URLs we give it, always UTF-8, into paths in its locale's encoding,
// so without this a path holding "é" is not found.
std::vector<std::string> office_environment()
{
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e)
        env.emplace_back(*e);
    locale_t users = newlocale(LC_CTYPE_MASK, "", static_cast<locale_t>(0));
    const bool utf8 = users && std::strcmp(nl_langinfo_l(CODESET, users), "UTF-8") == 0;
    if (users)
        freelocale(users);
    if (!utf8)
    {
        // LC_ALL overrides LC_CTYPE, so it is the one to change when set
        const bool has_lc_all = std::getenv("LC_ALL") && *std::getenv("LC_ALL");
        const std::string key = has_lc_all ? "LC_ALL=" : "LC_CTYPE=";
        for (auto it = env.begin(); it != env.end();)
            it = it->rfind(key, 0) == 0 ? env.erase(it) : it + 1;
        env.push_back(key + "C.UTF-8");
    }
    return env;
}
}

Office::Office(const std::string& profile_dir, bool headless)
{
    const std::string profile = absolute(profile_dir);
    mkdir(profile.c_str(), 0700);
    static int counter = 0;
    const std::string pipe
        = "tokwatt_" + std::to_string(getpid()) + "_" + std::to_string(++counter);

    std::vector<std::string> args = { soffice,
                                      "-env:UserInstallation=file://" + profile,
                                      "--norestore",
                                      "--nologo",
                                      "--nodefault",
                                      "--nolockcheck",
                                      "--accept=pipe,name=" + pipe + ";urp;" };
    if (headless)
    {
        args.push_back("--headless");
        args.push_back("--invisible");
    }
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_strings = office_environment();
    std::vector<char*> env;
    for (auto& e : env_strings)
        env.push_back(e.data());
    env.push_back(nullptr);

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP); // its own group: stop kills all
    posix_spawnattr_setpgroup(&attr, 0);
    const int spawned = posix_spawn(&pid_, soffice, nullptr, &attr, argv.data(), env.data());
    posix_spawnattr_destroy(&attr);
    if (spawned != 0)
        throw std::runtime_error(std::string("cannot start ") + soffice);

    const auto resolver = css::bridge::UnoUrlResolver::create(local_context());
    const OUString url = to_ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + connect_timeout;
    while (!context_.is())
    {
        try
        {
            context_.set(resolver->resolve(url), UNO_QUERY_THROW);
        }
        catch (const css::connection::NoConnectException&)
        {
            int status;
            if (waitpid(pid_, &status, WNOHANG) == pid_)
            {
                pid_ = -1;
                throw std::runtime_error("soffice exited before it accepted a connection");
            }
            if (std::chrono::steady_clock::now() > deadline)
            {
                kill(-pid_, SIGKILL);
                waitpid(pid_, nullptr, 0);
                pid_ = -1;
                throw std::runtime_error("soffice did not accept a connection in time");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
}

Office::~Office()
{
    if (pid_ <= 0)
        return;
    try
    {
        desktop()->terminate();
    }
    catch (const Exception&)
    {
        // the bridge goes away while terminate() returns: expected
    }
    context_.clear();
    // Give it time to save the profile, then make sure nothing is left.
    for (int i = 0; i < 300; ++i)
    {
        if (waitpid(pid_, nullptr, WNOHANG) == pid_)
        {
            kill(-pid_, SIGKILL); // stray children of the group, if any
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    kill(-pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
}

Reference<css::frame::XDesktop2> Office::desktop() const
{
    return css::frame::Desktop::create(context_);
}

bool Office::alive() const
{
    if (pid_ <= 0 || kill(pid_, 0) != 0)
        return false;
    try
    {
        return desktop().is();
    }
    catch (const Exception&)
    {
        return false;
    }
}

Reference<css::lang::XComponent> Office::new_spreadsheet() const
{
    return load_url("private:factory/scalc");
}

Reference<css::lang::XComponent> Office::load(const std::string& path) const
{
    return load_url(file_url(path));
}

Reference<css::lang::XComponent> Office::load_read_only(const std::string& path) const
{
    return load_url(file_url(path), true);
}

Reference<css::lang::XComponent> Office::load_url(const std::string& url, bool read_only) const
{
    Reference<css::frame::XComponentLoader> loader(desktop(), UNO_QUERY_THROW);
    auto document = loader->loadComponentFromURL(
        to_ou(url), "_blank", 0,
        properties({ { "Hidden", Any(true) }, { "ReadOnly", Any(read_only) } }));
    if (!document.is())
        throw std::runtime_error("cannot open " + url);
    return document;
}

void Office::install_extension(const std::string& oxt_path) const
{
    auto manager = css::deployment::ExtensionManager::get(context_);
    Reference<css::ucb::XCommandEnvironment> environment(new ApprovingEnvironment);
    manager->addExtension(to_ou(file_url(oxt_path)), Sequence<css::beans::NamedValue>(), "user",
                          Reference<css::task::XAbortChannel>(), environment);
}

bool Office::extension_enabled(const std::string& identifier) const
{
    auto manager = css::deployment::ExtensionManager::get(context_);
    Reference<css::ucb::XCommandEnvironment> environment(new ApprovingEnvironment);
    for (const auto& per_repository :
         manager->getAllExtensions(Reference<css::task::XAbortChannel>(), environment))
        for (const auto& package : per_repository)
        {
            if (!package.is())
                continue;
            const auto id = package->getIdentifier();
            if (id.IsPresent && to_utf8(id.Value) == identifier)
            {
                const auto registered = package->isRegistered(
                    Reference<css::task::XAbortChannel>(), environment);
                return registered.IsPresent && !registered.Value.IsAmbiguous
                       && registered.Value.Value;
            }
        }
    return false;
}

void prepare_profile(const std::string& profile_dir, const std::string& oxt_path,
                     const std::string& identifier)
{
    Office office(profile_dir);
    office.install_extension(oxt_path);
    if (!office.extension_enabled(identifier))
        throw std::runtime_error("the extension " + identifier + " did not register");
}

void save_as(const Reference<css::lang::XComponent>& document, const std::string& path)
{
    Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
    const auto props = properties(
        { { "FilterName", Any(OUString::createFromAscii(calc_filter_for(path))) },
                                    { "Overwrite", Any(true) } });
    storable->storeToURL(to_ou(file_url(path)), props);
}

void close(const Reference<css::lang::XComponent>& document)
{
    Reference<css::util::XCloseable> closeable(document, UNO_QUERY_THROW);
    closeable->close(true);
}
}
