// Checks shared by the ITs' verify.groovy scripts, which load this file with evaluate(new File(itCommon)).
// itJavaHome (a script variable) is the JDK the IT's build ran with: JDK 17 in one invoker run, 25 in the other.

/** The JDK the IT's build ran with, and so the one its image is for. */
File itJdk() {
    return new File(itJavaHome)
}

/** The feature version of that JDK (17, 25), from its release file. */
int itFeature() {
    String line = new File(itJdk(), 'release').readLines('UTF-8').find { it.startsWith('JAVA_VERSION=') }
    assert line != null : "no JAVA_VERSION in ${itJdk()}/release"
    return (line =~ /"(\d+)/)[0][1] as int
}

/** The image's file name by default: a CDS archive before JDK 24, an AOT cache from 24 on. */
String imageName() {
    return itFeature() >= 24 ? 'sysimg.aot' : 'sysimg.jsa'
}

/** The class statements of a module's statements file, by name. */
List<String> recordedClasses(File module) {
    File statements = new File(module, 'target/sysimg/sysimg-statements.txt')
    assert statements.isFile() : "no statements file at ${statements}"
    return statements.readLines('UTF-8').findAll { it.startsWith('class ') }.collect { it.substring(6).split('\t')[0] }
}

/** The statements file names the library's classes and none of the test classes. */
void checkStatements(File module, List<String> libraryClasses, List<String> testClasses) {
    List<String> recorded = recordedClasses(module)
    libraryClasses.each { assert recorded.contains(it) : "${it} is not among the recorded classes ${recorded}" }
    testClasses.each { assert !recorded.contains(it) : "test class ${it} was recorded as library code: ${recorded}" }
    assert !recorded.any { it.endsWith('Test') } : "a test class was recorded: ${recorded}"
}

/**
 * The image and its argfile exist, and the jar starts with the image on the IT's JDK: the JVM is run in strict
 * mode (-Xshare:on, or -XX:AOTMode=on for an AOT cache), which refuses to start instead of silently running
 * without it, and the library's classes come from the image.
 */
void checkImageStarts(File module, List<String> classPath, String mainClass, List<String> archivedClasses, String expectedOutput,
                      String imagePath = 'target/sysimg/' + imageName()) {
    File image = imagePath.startsWith('/') ? new File(imagePath) : new File(module, imagePath)
    File args = new File(image.path + '.args')
    assert image.isFile() && image.length() > 0 : "no image at ${image}"
    assert args.isFile() : "no argfile at ${args}"
    // The argfile sets the class path: the jar first, then its runtime dependencies, so the order cannot go wrong.
    List<String> argFileClassPath = argFileClassPath(args)
    Closure<String> resolve = { String entry -> (new File(entry).absolute ? new File(entry) : new File(module, entry)).canonicalPath }
    classPath.eachWithIndex { entry, i ->
        assert resolve(entry) == resolve(argFileClassPath[i]) :
                "the argfile's class path ${argFileClassPath} does not start with ${classPath}"
    }
    String java = new File(itJdk(), 'bin/java').path
    String strict = itFeature() >= 24 ? '-XX:AOTMode=on' : '-Xshare:on'
    List<String> command = [java, '@' + args.path, strict, '-Xlog:class+load', mainClass]
    Process process = new ProcessBuilder(command).directory(module).redirectErrorStream(true).start()
    String output = process.inputStream.getText('UTF-8')
    int exit = process.waitFor()
    assert exit == 0 : "${command.join(' ')} exited with ${exit}:\n${output}"
    assert output.contains('java.lang.Object source: shared objects file') : "the JVM did not use the image:\n${output}"
    archivedClasses.each { cls ->
        assert output.contains("${cls} source: shared objects file") : "${cls} was not loaded from the image:\n" +
                output.readLines().findAll { it.contains(cls) }.join('\n')
    }
    assert output.contains(expectedOutput) : "the program did not print \"${expectedOutput}\":\n${output}"
}

/** The class path an image's argfile sets: the value after its -cp line, unquoted as the java launcher does. */
List<String> argFileClassPath(File args) {
    def lines = args.readLines('UTF-8')
    int at = lines.findIndexOf { it == '-cp' }
    assert at >= 0 : "no -cp in ${args}:\n${lines.join('\n')}"
    String value = lines[at + 1]
    if (value.startsWith('"')) {
        value = value.substring(1, value.length() - 1).replace('\\"', '"').replace('\\\\', '\\')
    }
    return value.split(File.pathSeparator) as List
}

/** The build log, for lines the plugin must (not) print. */
String buildLog(File module) {
    return new File(module, 'build.log').getText('UTF-8')
}

return this
