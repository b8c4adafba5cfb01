def it = evaluate(new File(itCommon))
assert basedir.path.contains(' ')
String log = it.buildLog(basedir)
// Quoted whole, so Surefire hands it to the test JVM as one argument.
assert log =~ /argLine set to "-javaagent:\S+sysimg-agent\S+\.jar=output=\S+\/path with spaces\/target\/sysimg\/sessions,include=com\.example\.greet,listener=\S+sysimg-junit-extension\S+\.jar"/
assert new File(basedir, 'target/sysimg/sessions').listFiles().any { it.name.endsWith('.statements') }

it.checkStatements(basedir, ['com.example.greet.Greeter', 'com.example.greet.Punctuation'],
        ['com.example.greet.GreeterTest', 'com.example.greet.PunctuationTest'])

// 1. The image outside the path with spaces: the class path its argfile sets starts the jar (before JDK 24,
//    the image's own copy of it) with the library's classes served from the image.
File image = new File(basedir, '../../it-images/path-with-spaces/sysimg.jsa').canonicalFile
List<String> classPath = it.argFileClassPath(new File(image.path + '.args'))
assert classPath.size() == 1 && classPath[0].endsWith('.jar')
if (it.itFeature() < 24) {
    assert classPath[0].startsWith(image.path + '.classes/') : "expected the image's copy of the jar, got ${classPath}"
} else {
    assert classPath[0] == new File(basedir, 'target/path-with-spaces-1.0.jar').path
}
it.checkImageStarts(basedir, classPath, 'com.example.greet.Main',
        ['com.example.greet.Greeter', 'com.example.greet.Punctuation'], 'Hello, world!', image.path)
assert log.contains('The image serves all 2 classes of the included packages')

// 2. The image inside the path with spaces: before JDK 24 no image could serve the jar's classes, so the goal
//    says why in one warning and skips; from JDK 24 on it is built there.
File inside = new File(basedir, 'target/sysimg/sysimg.jsa')
if (it.itFeature() < 24) {
    def warnings = log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('JDK-8339460') }
    assert warnings.size() == 1 : warnings
    assert warnings[0].contains('skipping the image: set <image> (sysimg.image) to a path without spaces')
    assert !inside.exists()
} else {
    assert inside.isFile()
}
return true
