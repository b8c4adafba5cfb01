def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
// Surefire ran the tests its configuration selects, with its settings, and they passed.
assert log.contains('Tests run: 9, Failures: 0, Errors: 0, Skipped: 0') : log
// The minimal configuration (no extension dependency) attributes every test, and the training runs each of them again as
// Surefire ran them (argLine, system properties, environment, base directory, configuration parameters): none fails.
assert log =~ /Wrote \d+ statements \(\d+ classes, 9 tests\)/ : log
assert log.contains('training: ran 9 of 9 tests with JUnit (0 failed, 0 aborted)') : log
assert !log.contains('[sysimg] training: failed') : log
assert !log.contains('No test was attributed') : log

it.checkStatements(basedir, ['com.example.settings.Settings', 'com.example.settings.Redactor'],
        ['com.example.settings.JvmOptionsTest', 'com.example.settings.EnvironmentTest', 'com.example.other.OtherPackageTest'])
it.checkImageStarts(basedir, ['target/settings-1.0.jar'], 'com.example.settings.Settings', ['com.example.settings.Settings'], 'settings: 2')

// The CLI on the same module, started from another folder, decides the same: the image class path, the included
// packages, the tests it trains, and the library classes the image serves to the same program.
String java = new File(it.itJdk(), 'bin/java').path
File cli = new File(basedir, 'target/cli')
cli.mkdirs()
File cliImage = new File(cli, it.imageName())
List<String> command = [java, '-jar', sysimgJar, '--project', basedir.path, '--image', cliImage.path, '--statements',
                        new File(cli, 'statements.txt').path]
Process process = new ProcessBuilder(command).directory(cli).redirectErrorStream(true).start()
String output = process.inputStream.getText('UTF-8')
assert process.waitFor() == 0 : "${command.join(' ')}:\n${output}"
assert output.contains('training: ran 9 of 9 tests with JUnit (0 failed, 0 aborted)') : output
Closure<String> header = { File f, String key -> f.readLines('UTF-8').find { it.startsWith(key + ' ') } }
File pluginStatements = new File(basedir, 'target/sysimg/sysimg-statements.txt')
File cliStatements = new File(cli, 'statements.txt')
['@image-class-path', '@includes'].each { key ->
    assert header(pluginStatements, key) == header(cliStatements, key) : "${key}: plugin ${header(pluginStatements, key)}, CLI ${header(cliStatements, key)}"
}
Closure<Set<String>> served = { File image ->
    String strict = it.itFeature() >= 24 ? '-XX:AOTMode=on' : '-Xshare:on'
    List<String> run = [java, '@' + image.path + '.args', strict, '-Xlog:class+load', '-cp', new File(basedir, 'target/settings-1.0.jar').path,
                        'com.example.settings.Settings']
    Process p = new ProcessBuilder(run).redirectErrorStream(true).start()
    String text = p.inputStream.getText('UTF-8')
    assert p.waitFor() == 0 : "${run.join(' ')}:\n${text}"
    return text.readLines().findAll { it.contains('source: shared objects file') && it.contains(' com.example.') }
            .collect { (it =~ /\] (\S+) source/)[0][1] } as Set
}
Set<String> fromPlugin = served(new File(basedir, 'target/sysimg/' + it.imageName()))
assert !fromPlugin.isEmpty()
assert fromPlugin == served(cliImage)
return true
