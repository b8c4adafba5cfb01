def it = evaluate(new File(itCommon))
File text = new File(basedir, 'text')
File app = new File(basedir, 'app')
String log = it.buildLog(basedir)
assert log.contains('Skipping the image: a module of packaging pom has no jar.')

// The library module: its own image.
it.checkStatements(text, ['com.example.multi.text.Words'], ['com.example.multi.text.WordsTest'])

// The app module: its tests exercised the other module's classes too, and its image serves both jars,
// in Maven's runtime order: the module's jar, then its dependency.
it.checkStatements(app, ['com.example.multi.app.Shout', 'com.example.multi.text.Words'], ['com.example.multi.app.ShoutTest'])
it.checkImageStarts(app, ['target/app-1.0.jar', '../text/target/text-1.0.jar'], 'com.example.multi.app.Main',
        ['com.example.multi.app.Shout', 'com.example.multi.text.Words'], 'HELLO WORLD!')
String header = new File(app, 'target/sysimg/sysimg-statements.txt').readLines().find { it.startsWith('@image-class-path ') }
assert header ==~ /@image-class-path \S+\/app\/target\/app-1\.0\.jar:\S+\/text\/target\/text-1\.0\.jar/
return true
